using Facturation.Testing;

namespace Facturation.Browser.Tests;

/// <summary>A browser session whose app sends its e-mail to the SMTP catcher when one is configured.</summary>
public sealed class SmtpBrowserSession : BrowserSession
{
    protected override void Configure(FacturationApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var host = Environment.GetEnvironmentVariable(RequiredService.SmtpHostVariable);
        var port = Environment.GetEnvironmentVariable(RequiredService.SmtpPortVariable);
        if (host is { Length: > 0 } && port is { Length: > 0 })
        {
            app.With("Smtp:Host", host).With("Smtp:Port", port).With("Smtp:Security", "None").With("Smtp:From", "Ma Société <factures@facturation.test>")
                .With("Outbox:PollInterval", "00:00:00.200");
        }
    }
}
