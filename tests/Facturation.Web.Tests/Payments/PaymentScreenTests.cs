using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Identity;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Payments;

public sealed class PaymentScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static string Fr(decimal amount) => amount.ToString("N2", CultureInfo.GetCultureInfo("fr-FR"));

    private async Task<(DocumentApi Api, int CustomerId)> IssuerAsync(string customer = "DUPONT")
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        return (api, await api.CustomerIdAsync(customer));
    }

    private Task<InvoiceStatus> StatusAsync(int id) => app.QueryAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    [Fact]
    public async Task Customer_payment_spread_oldest_first_settles_both_invoices()
    {
        var (api, customerId) = await IssuerAsync("BOISVERT");
        var first = DocumentApi.Id(await api.FinalInvoiceAsync(customer: "BOISVERT"));
        var second = DocumentApi.Id(await api.FinalInvoiceAsync(customer: "BOISVERT"));
        var client = await app.SignInAsync(Roles.Accountant);
        Assert.Contains("/Payments/Record?customerId=" + customerId, await client.GetStringAsync($"/Customers/Details/{customerId}"));

        var gross = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == first).Select(i => i.TotalGross).SingleAsync());
        var amount = (gross + 120m).ToString("0.00", CultureInfo.InvariantCulture);

        // "Répartir" spreads the amount oldest first: all of the first invoice, 120.00 on the second; the user keeps it and saves.
        var spread = await client.SubmitFormAsync("/Payments/Record", new() { ["CustomerId"] = $"{customerId}", ["Date"] = "2026-11-23", ["Amount"] = amount, ["Method"] = "Cheque", ["command"] = "spread" }, $"/Payments/Record?customerId={customerId}");
        var html = await spread.Content.ReadAsStringAsync();
        // Allocations are shown in French (ADR-029).
        Assert.Contains($"value=\"{gross.ToString("0.00", CultureInfo.GetCultureInfo("fr-FR"))}\"", html);
        Assert.Contains("value=\"120,00\"", html);
        var response = await client.SubmitFormAsync("/Payments/Record", new()
        {
            ["CustomerId"] = $"{customerId}",
            ["Date"] = "2026-11-23",
            ["Amount"] = amount,
            ["Method"] = "Cheque",
            ["Reference"] = "CHQ-778",
            ["Allocations[0].InvoiceId"] = $"{first}",
            ["Allocations[0].Amount"] = gross.ToString("0.00", CultureInfo.InvariantCulture),
            ["Allocations[1].InvoiceId"] = $"{second}",
            ["Allocations[1].Amount"] = "120.00",
            ["command"] = "save",
        }, $"/Payments/Record?customerId={customerId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((InvoiceStatus.Paid, InvoiceStatus.PartiallyPaid), (await StatusAsync(first), await StatusAsync(second)));
        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{second}"));
        Assert.Contains("CHQ-778", details);
        Assert.Contains($"{Fr(gross - 120m)} €", details);
        Assert.Contains("Partiellement payée", details);
    }

    [Fact]
    public async Task Over_allocation_shows_the_error_next_to_the_allocation_and_writes_nothing()
    {
        var (api, customerId) = await IssuerAsync();
        var invoice = DocumentApi.Id(await api.FinalInvoiceAsync());
        var client = await app.SignInAsync(Roles.Accountant);
        var before = await app.QueryAsync(db => db.Payments.CountAsync());

        var response = await client.SubmitFormAsync("/Payments/Record", new()
        {
            ["CustomerId"] = $"{customerId}",
            ["Date"] = "2026-11-23",
            ["Amount"] = "500",
            ["Method"] = "Transfer",
            ["Allocations[0].InvoiceId"] = $"{invoice}",
            ["Allocations[0].Amount"] = "500",
            ["command"] = "save",
        }, $"/Payments/Record?invoiceId={invoice}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("dépasse le reste dû", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Allocations[0].Amount"));
        Assert.Equal(before, await app.QueryAsync(db => db.Payments.CountAsync()));
        Assert.Equal(InvoiceStatus.Final, await StatusAsync(invoice));
    }

    [Fact]
    public async Task Voiding_a_payment_with_its_reason_restores_the_status_and_shows_it_struck_through()
    {
        var (api, customerId) = await IssuerAsync();
        var invoice = DocumentApi.Id(await api.FinalInvoiceAsync());
        var payment = DocumentApi.Id(await DocumentApi.ReadAsync(await api.PayAsync(customerId, 480m, (invoice, 480m)), HttpStatusCode.Created));
        var client = await app.SignInAsync(Roles.Accountant);

        var before = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{invoice}"));
        var response = await client.SubmitFormAsync($"/Payments/Void/{payment}?returnTo={invoice}", new() { ["reason"] = "Chèque sans provision" }, $"/Invoices/Details/{invoice}");

        Assert.Contains("Annuler le règlement", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(InvoiceStatus.Final, await StatusAsync(invoice));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{invoice}"));
        Assert.Matches("data-status=\"Voided\" class=\"text-muted\">\\s*<td class=\"text-decoration-line-through\">", html);
        Assert.Matches("data-testid=\"void-info\">Annulé le [^<]* par [^:<]+ : Chèque sans provision<", html);
        Assert.DoesNotContain("data-testid=\"void-payment\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Payments.CountAsync(p => p.Id == payment)));
    }

    [Fact]
    public async Task Paid_invoice_offers_no_cancel_and_the_server_refuses_it()
    {
        var (api, customerId) = await IssuerAsync();
        var invoice = DocumentApi.Id(await api.FinalInvoiceAsync());
        await DocumentApi.ReadAsync(await api.PayAsync(customerId, 480m, (invoice, 480m)), HttpStatusCode.Created);
        var client = await app.SignInAsync(Roles.BillingManager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{invoice}"));
        var forced = await client.SubmitFormAsync($"/Corrections/Cancel/{invoice}", new() { ["reason"] = "Forcé" }, $"/Invoices/Details/{invoice}");

        Assert.DoesNotContain("data-testid=\"cancel\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"cancel-help\">[^<]*une facture payée ne peut pas être annulée", html);
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal(InvoiceStatus.Paid, await StatusAsync(invoice));
    }

    [Fact]
    public async Task Cancel_from_the_invoice_issues_the_cancellation_credit_note()
    {
        var (api, _) = await IssuerAsync();
        var invoice = DocumentApi.Id(await api.FinalInvoiceAsync());
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.SubmitFormAsync($"/Corrections/Cancel/{invoice}", new() { ["reason"] = "Doublon" }, $"/Invoices/Details/{invoice}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var creditNote = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.OriginInvoiceId == invoice));
        Assert.Equal((InvoiceKind.CreditNote, InvoiceType.Cancellation, InvoiceStatus.Used), (creditNote.Kind, creditNote.Type, creditNote.Status));
        Assert.Equal(InvoiceStatus.Cancelled, await StatusAsync(invoice));
    }

    [Fact]
    public async Task Partial_credit_note_form_creates_a_draft_credit_note_listed_under_credit_notes()
    {
        var (api, _) = await IssuerAsync();
        var invoice = DocumentApi.Id(await api.FinalInvoiceAsync());
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.SubmitFormAsync($"/Corrections/CreditNote/{invoice}", new()
        {
            ["Type"] = "Corrective",
            ["Lines[0].Position"] = "0",
            ["Lines[0].Quantity"] = "0",
            ["Lines[1].Position"] = "1",
            ["Lines[1].Quantity"] = "1",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var creditNote = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.OriginInvoiceId == invoice));
        Assert.Equal((InvoiceKind.CreditNote, InvoiceStatus.Draft, 120m), (creditNote.Kind, creditNote.Status, creditNote.TotalGross));
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/Invoices?kind=CreditNote"));
        Assert.Contains(creditNote.ProformaNumber, list);
        Assert.Contains("<h1 class=\"h3 mb-0\">Avoirs</h1>", list);
    }

    [Fact]
    public async Task Credit_note_quantity_above_the_invoiced_one_shows_the_error_next_to_the_line()
    {
        var (api, _) = await IssuerAsync();
        var invoice = DocumentApi.Id(await api.FinalInvoiceAsync());
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.SubmitFormAsync($"/Corrections/CreditNote/{invoice}", new()
        {
            ["Type"] = "Return",
            ["Lines[0].Position"] = "0",
            ["Lines[0].Quantity"] = "5",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("quantité créditée", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Lines[0].Quantity"));
    }

    [Fact]
    public async Task Credit_note_applied_then_refunded_from_its_screens_ends_refunded()
    {
        var (api, _) = await IssuerAsync();
        var corrected = DocumentApi.Id(await api.FinalInvoiceAsync());
        var open = DocumentApi.Id(await api.FinalInvoiceAsync());
        var draft = await DocumentApi.ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{corrected}/credit-notes", new { amount = 100 }), HttpStatusCode.Created);
        var creditNote = DocumentApi.Id(await api.FinalizeAsync(DocumentApi.Id(draft)));
        var client = await app.SignInAsync(Roles.Accountant);

        var applied = await client.SubmitFormAsync($"/Payments/ApplyCredit/{creditNote}", new() { ["InvoiceId"] = $"{open}", ["Amount"] = "20" });
        // 100.00 net = 120.00 TTC of credit, 20.00 applied: 100.00 left to refund.
        var refunded = await client.SubmitFormAsync($"/Payments/Refund/{creditNote}", new() { ["Date"] = "2026-11-23", ["Amount"] = "100.01", ["Method"] = "Transfer" });

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(InvoiceStatus.PartiallyPaid, await StatusAsync(open));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refunded.StatusCode);
        Assert.Contains("dépasse le crédit restant", HtmlForms.FieldError(await refunded.Content.ReadAsStringAsync(), "Amount"));
        var refund = await client.SubmitFormAsync($"/Payments/Refund/{creditNote}", new() { ["Date"] = "2026-11-23", ["Amount"] = "100.00", ["Method"] = "Transfer" });
        Assert.Equal(HttpStatusCode.Redirect, refund.StatusCode);
        Assert.Equal(InvoiceStatus.Refunded, await StatusAsync(creditNote));
    }
}
