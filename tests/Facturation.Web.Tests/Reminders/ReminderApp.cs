using System.Globalization;
using Facturation.Testing;

namespace Facturation.Web.Tests.Reminders;

/// <summary>
/// The app on a clock the reminder tests move forward (invoices are issued today, then found J+7, J+15… later), with
/// the shared SMTP catcher when its variables are set and no background job worker (tests run the job themselves).
/// </summary>
public sealed class ReminderApp : FacturationApp
{
    public ReminderApp()
    {
        WithClock(Clock);
        With("Jobs:Enabled", "false");
        With("Smtp:From", $"Ma Société <{Mail.MailFixture.Sender}>");
        var host = Environment.GetEnvironmentVariable(RequiredService.SmtpHostVariable);
        var port = Environment.GetEnvironmentVariable(RequiredService.SmtpPortVariable);
        if (host is { Length: > 0 } && port is { Length: > 0 })
        {
            Mail.MailFixture.Configure(this, host, int.Parse(port, CultureInfo.InvariantCulture));
        }
        else
        {
            With("Outbox:Enabled", "false");
        }
    }

    public PinnedTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
}
