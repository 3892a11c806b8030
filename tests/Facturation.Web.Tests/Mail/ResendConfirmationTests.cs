using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Mail;

/// <summary>The send screen asks to confirm a second "Envoyer" of the same document within 10 minutes, and the server enforces it.</summary>
public sealed class ResendConfirmationTests(ProviderApps apps) : IClassFixture<ProviderApps>
{
    [Fact]
    public async Task Second_send_within_ten_minutes_needs_the_explicit_confirmation()
    {
        var app = apps.Sqlite;
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (_, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var client = await app.SignInAsync(Roles.BillingManager);
        var form = new Dictionary<string, string> { ["To"] = to.Billing, ["Cc"] = string.Empty, ["Subject"] = "Facture", ["Body"] = "Bonjour" };

        var first = await client.SubmitFormAsync($"/Invoices/{invoiceId}/Send", new(form));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/{invoiceId}/Send"));
        var unconfirmed = await client.SubmitFormAsync($"/Invoices/{invoiceId}/Send", new(form));
        var unconfirmedHtml = await unconfirmed.Content.ReadAsStringAsync();
        var queuedBeforeConfirmation = await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.InvoiceId == invoiceId));
        var confirmed = await client.SubmitFormAsync($"/Invoices/{invoiceId}/Send", new(form) { ["ConfirmResend"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains($"Ce document a déjà été envoyé à {to.Billing} il y a 0 minutes — confirmer le nouvel envoi ?", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.StartsWith($"Ce document a déjà été envoyé à {to.Billing}", HtmlForms.FieldError(unconfirmedHtml, "ConfirmResend"), StringComparison.Ordinal);
        Assert.Equal(1, queuedBeforeConfirmation);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.InvoiceId == invoiceId)));
    }
}
