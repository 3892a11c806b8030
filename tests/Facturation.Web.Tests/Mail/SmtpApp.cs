using System.Globalization;
using Facturation.Testing;

namespace Facturation.Web.Tests.Mail;

/// <summary>The app sending to the shared SMTP catcher of the test run (when its variables are set).</summary>
public sealed class SmtpApp : FacturationApp
{
    public SmtpApp()
    {
        var host = Environment.GetEnvironmentVariable(RequiredService.SmtpHostVariable);
        var port = Environment.GetEnvironmentVariable(RequiredService.SmtpPortVariable);
        if (host is { Length: > 0 } && port is { Length: > 0 })
        {
            MailFixture.Configure(this, host, int.Parse(port, CultureInfo.InvariantCulture));
        }
    }
}
