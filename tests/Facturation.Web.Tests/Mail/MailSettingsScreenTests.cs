using System.Net;
using Facturation.Application.Mail;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Mail;

public sealed class MailSettingsScreenTests
{
    private static Dictionary<string, string> Fields(string host = "smtp.exemple.fr", string password = "", string sender = "factures@exemple.fr") => new()
    {
        ["Host"] = host,
        ["Port"] = "587",
        ["Security"] = "StartTls",
        ["UserName"] = "compte",
        ["Password"] = password,
        ["SenderName"] = "Ma Société",
        ["SenderAddress"] = sender,
        ["ReplyTo"] = "compta@exemple.fr",
        ["SubjectTemplate"] = "{document} {numero}",
        ["BodyTemplate"] = "Bonjour",
    };

    private static Task<SmtpAccount> AccountAsync(FacturationApp app) =>
        app.WithScopeAsync(s => s.GetRequiredService<MailSettingsService>().AccountAsync(CancellationToken.None));

    [Fact]
    public async Task Password_is_stored_protected_never_shown_back_and_kept_when_left_empty()
    {
        await using var app = new FacturationApp();
        var admin = await app.SignInAsAdminAsync();
        const string password = "Smtp-Secret-Passw0rd";

        var saved = await admin.SubmitFormAsync("/MailSettings", Fields(password: password));
        var resaved = await admin.SubmitFormAsync("/MailSettings", Fields(host: "smtp2.exemple.fr"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var stored = await app.QueryAsync(db => db.MailSettings.AsNoTracking().SingleAsync());
        Assert.NotNull(stored.ProtectedPassword);
        Assert.DoesNotContain(password, stored.ProtectedPassword, StringComparison.Ordinal);
        Assert.DoesNotContain(password, await admin.GetStringAsync("/MailSettings"), StringComparison.Ordinal);
        var account = await AccountAsync(app);
        Assert.Equal(password, account.Password);
        Assert.Equal("smtp2.exemple.fr", account.Host);
        Assert.Equal(SmtpSecurity.StartTls, account.Security);
        Assert.Empty(account.FromConfiguration);
    }

    [Fact]
    public async Task Configuration_values_win_over_the_screen_and_are_marked_on_it()
    {
        await using var app = new FacturationApp().With("Smtp:Host", "relay.config.example").With("Smtp:Port", "2525").With("Smtp:From", "Config <config@exemple.fr>");
        var admin = await app.SignInAsAdminAsync();

        await admin.SubmitFormAsync("/MailSettings", Fields());
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/MailSettings"));

        var account = await AccountAsync(app);
        Assert.Equal(("relay.config.example", 2525, "config@exemple.fr", "Config"), (account.Host, account.Port, account.SenderAddress, account.SenderName));
        Assert.Equal(SmtpSecurity.StartTls, account.Security);
        Assert.Equal("compta@exemple.fr", account.ReplyTo);
        Assert.Contains("data-testid=\"configured-Host\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"configured-SenderAddress\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_sender_address_and_port_get_french_errors_next_to_the_fields()
    {
        await using var app = new FacturationApp();
        var admin = await app.SignInAsAdminAsync();
        var fields = Fields(sender: "pas-une-adresse");
        fields["Port"] = "70000";

        var response = await admin.SubmitFormAsync("/MailSettings", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Adresse e-mail de l'expéditeur invalide.", HtmlForms.FieldError(html, "SenderAddress"));
        Assert.Equal("Le port doit être compris entre 1 et 65535.", HtmlForms.FieldError(html, "Port"));
    }

    [Fact]
    public async Task Settings_screens_are_for_administrators_only()
    {
        await using var app = new FacturationApp();
        var biller = await app.SignInAsync(Facturation.Application.Identity.Roles.BillingManager);

        var settings = await biller.GetAsync("/MailSettings");
        var outbox = await biller.GetAsync("/Outbox");

        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.Contains("AccessDenied", settings.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("AccessDenied", outbox.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [SmtpFact]
    public async Task Test_email_button_sends_at_once_with_the_current_settings()
    {
        var smtp = RequiredService.Smtp();
        using var catcher = new SmtpCatcher(smtp);
        await using var app = MailFixture.AppFor(smtp.Host, smtp.Port);
        var admin = await app.SignInAsAdminAsync();
        var recipient = SmtpCatcher.NewAddress("smtp-test");

        var response = await admin.SubmitFormAsync("/MailSettings/SendTest", new() { ["testRecipient"] = recipient }, pageUrl: "/MailSettings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var email = Assert.Single(await catcher.WaitForAsync(recipient));
        Assert.Equal("Facturation : e-mail de test", email.Subject);
        Assert.Contains("E-mail de test envoyé", WebUtility.HtmlDecode(await admin.GetStringAsync("/MailSettings")), StringComparison.Ordinal);
    }
}
