using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Identity;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Statements;

/// <summary>The list's bulk actions as a browser posts them (antiforgery token read from a page).</summary>
public sealed class StatementScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static FormUrlEncodedContent Selection(string token, params int[] ids) =>
        new([new(HtmlForms.AntiforgeryField, token), .. ids.Select(id => new KeyValuePair<string, string>("invoiceIds", $"{id}"))]);

    [Fact]
    public async Task Create_statement_from_selection_lists_created_and_skipped_then_the_statement_page_offers_pdf_and_send()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var issued = Id(await api.FinalInvoiceAsync());
        var draft = Id(await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync(), lines = new[] { Line(1, 10) } }), HttpStatusCode.Created));
        var client = await app.SignInAsync(Roles.BillingManager);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/Payments/Record"))!;

        var forged = await client.PostFormWithoutTokenAsync("/Statements/Create", new() { ["invoiceIds"] = $"{issued}" });
        var response = await client.PostAsync("/Statements/Create", Selection(token, issued, draft));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var number = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == issued).Select(i => i.StatementNumber).SingleAsync());
        Assert.NotNull(number);
        Assert.Contains(number, html, StringComparison.Ordinal);
        var draftNumber = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == draft).Select(i => i.ProformaNumber).SingleAsync());
        Assert.Contains($"{draftNumber} n'est pas émis", html, StringComparison.Ordinal);
        var statementId = await app.QueryAsync(db => db.Statements.Where(s => s.Number == number).Select(s => s.Id).SingleAsync());
        var page = await client.GetStringAsync($"/Statements/{statementId}");
        Assert.Contains($"/Statements/{statementId}/Pdf", page, StringComparison.Ordinal);
        Assert.Contains($"/Statements/{statementId}/Send", page, StringComparison.Ordinal);
        Assert.Contains(number, await client.GetStringAsync("/Statements"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_statement_of_drafts_only_shows_the_french_message_next_to_the_selection()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var draft = Id(await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync(), lines = new[] { Line(1, 10) } }), HttpStatusCode.Created));
        var client = await app.SignInAsync(Roles.BillingManager);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/Payments/Record"))!;

        var response = await client.PostAsync("/Statements/Create", Selection(token, draft));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(
            "Aucun des documents sélectionnés n'est émis : aucun relevé n'a été créé.",
            HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "InvoiceIds"));
    }

    [Fact]
    public async Task Bulk_payment_screen_shows_one_form_per_customer_and_records_each_in_turn()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var dupont = Id(await api.FinalInvoiceAsync());
        var boisvert = Id(await api.FinalInvoiceAsync(customer: "BOISVERT"));
        var client = await app.SignInAsync(Roles.Accountant);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/Payments/Record"))!;

        var forms = WebUtility.HtmlDecode(await (await client.PostAsync("/Payments/Bulk", Selection(token, dupont, boisvert))).Content.ReadAsStringAsync());
        Assert.Equal(2, forms.Split("data-testid=\"bulk-form\"").Length - 1);
        Assert.Contains("480,00", forms, StringComparison.Ordinal);

        var noDate = await client.PostAsync("/Payments/Bulk/Record", new FormUrlEncodedContent(
            [new(HtmlForms.AntiforgeryField, token), new("InvoiceIds", $"{dupont}"), new("pendingIds", $"{boisvert}"), new("Method", "Cheque"), new("Date", "")]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        Assert.Contains("Indiquez la date.", WebUtility.HtmlDecode(await noDate.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var recorded = await client.PostAsync("/Payments/Bulk/Record", new FormUrlEncodedContent(
            [new(HtmlForms.AntiforgeryField, token), new("InvoiceIds", $"{dupont}"), new("pendingIds", $"{boisvert}"), new("Method", "Cheque"), new("Date", CompanyDates.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("Amount", "480.00")]));
        var remaining = await recorded.Content.ReadAsStringAsync();
        Assert.Equal(1, remaining.Split("data-testid=\"bulk-form\"").Length - 1);
        Assert.Contains($"value=\"{boisvert}\"", remaining, StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.Paid, await app.QueryAsync(db => db.Invoices.Where(i => i.Id == dupont).Select(i => i.Status).SingleAsync()));
        Assert.Equal(InvoiceStatus.Final, await app.QueryAsync(db => db.Invoices.Where(i => i.Id == boisvert).Select(i => i.Status).SingleAsync()));
    }
}
