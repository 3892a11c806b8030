using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Mail;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Mail;

/// <summary>Emailing documents through the outbox to the real SMTP catcher (maildev).</summary>
public sealed class InvoiceEmailTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [SmtpFact]
    public async Task Send_final_invoice_delivers_to_billing_contact_with_cc_and_the_pdf_source_bytes()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);

        var response = await api.PostAsync($"/api/v1/invoices/{invoiceId}/send", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var messageId = accepted.GetProperty("id").GetInt32();
        Assert.Equal("Pending", accepted.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/outbox/{messageId}", response.Headers.Location!.AbsolutePath);
        var email = Assert.Single(await catcher.WaitForAsync(to.Billing));
        var invoice = await app.QueryAsync(db => db.Invoices.AsNoTracking().Include(i => i.History).SingleAsync(i => i.Id == invoiceId));
        Assert.Equal([to.Billing], email.To.Select(a => a.Address));
        Assert.Equal([to.Copied], email.Cc.Select(a => a.Address));
        Assert.Equal(MailFixture.Sender, Assert.Single(email.From).Address);
        var company = await app.QueryAsync(db => db.Companies.Select(c => c.LegalName).FirstAsync());
        Assert.Equal($"Facture {invoice.Number} — {company}", email.Subject);
        Assert.Contains("480,00 €", email.Text, StringComparison.Ordinal);
        var attachment = Assert.Single(email.Attachments);
        var expected = await MailFixture.PdfAsync(app, invoiceId);
        Assert.Equal(expected.FileName, attachment.FileName);
        Assert.Equal(expected.Content, await catcher.DownloadAttachmentAsync(email, attachment));
        var sent = await MailFixture.WaitForMessageAsync(app, messageId, m => m.Status == OutboxStatus.Sent);
        Assert.Equal(sent.MessageId, email.MessageId);
    }

    [SmtpFact]
    public async Task Delivery_marks_a_final_invoice_sent_with_date_and_recipients_in_history()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);

        var messageId = await MailFixture.RequestSendAsync(api, invoiceId);

        await MailFixture.WaitForMessageAsync(app, messageId, m => m.Status == OutboxStatus.Sent);
        var invoice = await app.QueryAsync(db => db.Invoices.AsNoTracking().Include(i => i.History).SingleAsync(i => i.Id == invoiceId));
        Assert.Equal(InvoiceStatus.Sent, invoice.Status);
        Assert.NotNull(invoice.SentAtUtc);
        Assert.Equal(["created", "finalized", "send_requested", "sent"], invoice.History.OrderBy(h => h.Id).Select(h => h.Action));
        Assert.Contains($"{to.Billing}, {to.Copied}", invoice.History.Single(h => h.Action == "sent").Details, StringComparison.Ordinal);
        var status = await api.GetFromJsonAsync<JsonElement>($"/api/v1/outbox/{messageId}");
        Assert.Equal("Sent", status.GetProperty("status").GetString());
        Assert.Equal(1, status.GetProperty("attempts").GetInt32());
        Assert.Equal(invoiceId, status.GetProperty("invoiceId").GetInt32());
        Assert.Equal(to.Billing, status.GetProperty("to")[0].GetString());
        Assert.Equal(JsonValueKind.String, status.GetProperty("sentAt").ValueKind);
    }

    [SmtpFact]
    public async Task Send_body_accepts_a_single_string_or_an_array_and_overrides_the_defaults()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var other = SmtpCatcher.NewAddress("direct");

        await MailFixture.RequestSendAsync(api, invoiceId, new { to = other, cc = new[] { to.NotCopied }, subject = "Votre facture", body = "Bonjour" });

        var email = Assert.Single(await catcher.WaitForAsync(other));
        Assert.Equal([other], email.To.Select(a => a.Address));
        Assert.Equal([to.NotCopied], email.Cc.Select(a => a.Address));
        Assert.Equal("Votre facture", email.Subject);
        Assert.Equal("Bonjour", email.Text?.Trim());
    }

    [SmtpFact]
    public async Task Send_draft_delivers_a_proforma_that_stays_an_editable_draft()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: false);

        var messageId = await MailFixture.RequestSendAsync(api, invoiceId);

        var email = Assert.Single(await catcher.WaitForAsync(to.Billing));
        await MailFixture.WaitForMessageAsync(app, messageId, m => m.Status == OutboxStatus.Sent);
        var invoice = await app.QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId));
        Assert.Equal(InvoiceStatus.Draft, invoice.Status);
        Assert.NotNull(invoice.ProformaSentAtUtc);
        Assert.StartsWith("Proforma " + invoice.ProformaNumber, email.Subject, StringComparison.Ordinal);
        Assert.Equal((await MailFixture.PdfAsync(app, invoiceId)).FileName, Assert.Single(email.Attachments).FileName);
        var client = await app.SignInAsync(Facturation.Application.Identity.Roles.BillingManager);
        var list = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices?search={invoice.ProformaNumber}"));
        Assert.Contains("Proforma envoyée", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Invoices/Edit/{invoiceId}")).StatusCode);
    }

    [SmtpFact]
    public async Task Send_screen_proposes_billing_contact_cc_and_template_then_queues_the_email()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (_, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var client = await app.SignInAsync(Facturation.Application.Identity.Roles.BillingManager);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/{invoiceId}/Send"));
        var response = await client.SubmitFormAsync(
            $"/Invoices/{invoiceId}/Send",
            new() { ["To"] = $"{to.Billing}; {to.NotCopied}", ["Cc"] = to.Copied, ["Subject"] = "Facture du mois", ["Body"] = "Bonjour,\nci-joint." });

        Assert.Contains($"value=\"{to.Billing}\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{to.Copied}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(to.NotCopied, page, StringComparison.Ordinal);
        Assert.Contains("480,00 €", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Invoices/Details/{invoiceId}", response.Headers.Location!.OriginalString);
        var email = Assert.Single(await catcher.WaitForAsync(to.NotCopied));
        Assert.Equal([to.Billing, to.NotCopied], email.To.Select(a => a.Address));
        Assert.Equal("Facture du mois", email.Subject);
    }

    [Theory]
    [InlineData("pas-une-adresse", "", "To", "Adresse e-mail invalide : pas-une-adresse.")]
    [InlineData("", "", "To", "Indiquez au moins un destinataire.")]
    [InlineData("client@exemple.fr", "copie@", "Cc", "Adresse e-mail invalide : copie@.")]
    public async Task Send_screen_shows_french_errors_next_to_the_field_and_queues_nothing(string toField, string ccField, string field, string message)
    {
        var (customerId, _) = await MailFixture.CustomerAsync(app);
        var (_, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var client = await app.SignInAsync(Facturation.Application.Identity.Roles.BillingManager);

        var response = await client.SubmitFormAsync($"/Invoices/{invoiceId}/Send", new() { ["To"] = toField, ["Cc"] = ccField, ["Subject"] = "Objet", ["Body"] = "Texte" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), field));
        Assert.False(await app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.InvoiceId == invoiceId)));
    }

    [Fact]
    public async Task Send_api_with_an_invalid_address_is_400_on_to()
    {
        var (customerId, _) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);

        var response = await api.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/send", new { to = "bad@" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("to", out var error), errors.ToString());
        Assert.Contains("bad@", error[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_api_is_refused_to_an_accountant_and_unknown_ids_are_404()
    {
        var accountant = await app.ApiClientAsync(Facturation.Application.Identity.Roles.Accountant);
        var biller = await app.ApiClientAsync(Facturation.Application.Identity.Roles.BillingManager);

        var forbidden = await accountant.PostAsync("/api/v1/invoices/1/send", null);
        var missingInvoice = await biller.PostAsync("/api/v1/invoices/999999/send", null);
        var missingMessage = await biller.GetAsync("/api/v1/outbox/999999");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingInvoice.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingMessage.StatusCode);
    }

    [Fact]
    public async Task Document_page_offers_sending_to_billers_and_shows_it_disabled_with_the_reason_to_accountants()
    {
        var (customerId, _) = await MailFixture.CustomerAsync(app);
        var (_, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var biller = await app.SignInAsync(Facturation.Application.Identity.Roles.BillingManager);
        var accountant = await app.SignInAsync(Facturation.Application.Identity.Roles.Accountant);

        var billerPage = await biller.GetStringAsync($"/Invoices/Details/{invoiceId}");
        var accountantPage = WebUtility.HtmlDecode(await accountant.GetStringAsync($"/Invoices/Details/{invoiceId}"));
        var accountantSend = await accountant.GetAsync($"/Invoices/{invoiceId}/Send");

        Assert.Contains($"href=\"/Invoices/{invoiceId}/Send\"", billerPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Invoices/{invoiceId}/Send\"", accountantPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"send-email\"", accountantPage, StringComparison.Ordinal);
        Assert.Contains("réservé aux responsables de facturation", accountantPage, StringComparison.Ordinal);
        Assert.Contains("AccessDenied", accountantSend.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [SmtpFact]
    public async Task Retry_of_a_delivered_message_is_refused_with_the_reason_and_sends_nothing_more()
    {
        using var catcher = SmtpCatcher.FromEnvironment();
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (api, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var id = await MailFixture.RequestSendAsync(api, invoiceId);
        var sent = await MailFixture.WaitForMessageAsync(app, id, m => m.Status == OutboxStatus.Sent);
        var admin = await app.SignInAsAdminAsync();

        var response = await admin.SubmitFormAsync($"/Outbox/Retry/{id}", [], pageUrl: "/Outbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains($"Le message {id} est au statut Sent", page, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal((OutboxStatus.Sent, sent.Attempts), ((await MailFixture.MessageAsync(app, id)).Status, (await MailFixture.MessageAsync(app, id)).Attempts));
        Assert.Single(await catcher.WaitForAsync(to.Billing));
    }
}
