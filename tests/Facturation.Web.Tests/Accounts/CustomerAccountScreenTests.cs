using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Customers;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Accounts;

/// <summary>Customer account page, statement of account (page, PDF read back, API) and its errors, as users and API clients get them.</summary>
public sealed class CustomerAccountScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Account_page_shows_balance_ageing_entries_and_the_three_buttons()
    {
        var (_, code, customerId) = await CustomerWithInvoiceAndPaymentAsync();
        var accountant = await app.SignInAsync(Roles.Accountant);
        var biller = await app.SignInAsync(Roles.BillingManager);

        var html = WebUtility.HtmlDecode(await accountant.GetStringAsync($"/Customers/{customerId}/Account"));
        var billerHtml = await biller.GetStringAsync($"/Customers/{customerId}/Account");
        var details = await accountant.GetStringAsync($"/Customers/Details/{customerId}");

        Assert.Contains(code, html, StringComparison.Ordinal);
        Assert.Matches(@"data-testid=""account-balance"">400,00<", html);
        Assert.Matches(@"data-bucket=""notDue"">400,00<", html);
        Assert.Contains($"href=\"/Customers/{customerId}/AccountStatement\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Payments/Record?customerId={customerId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Invoices/Create?customerId=", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Invoices/Create?customerId={customerId}\"", billerHtml, StringComparison.Ordinal);
        Assert.Contains($"/Customers/{customerId}/Account", details, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "data-balance>"));
    }

    [Fact]
    public async Task Statement_of_account_api_page_and_pdf_agree_on_opening_running_and_closing_balances()
    {
        var (api, code, customerId) = await CustomerWithInvoiceAndPaymentAsync();
        var today = CompanyDates.Today;
        var from = today.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var json = await ReadAsync(await api.Client.GetAsync($"/api/v1/customers/{customerId}/account-statement?from={from}&to={to}"), HttpStatusCode.OK);
        var client = await app.SignInAsync(Roles.Accountant);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Customers/{customerId}/AccountStatement?from={from}&to={to}"));
        var pdf = await client.GetAsync($"/Customers/{customerId}/AccountStatement?from={from}&to={to}&format=pdf");

        Assert.Equal((0m, 480m, 80m, 400m), (Amount(json, "openingBalance"), Amount(json, "totalDebit"), Amount(json, "totalCredit"), Amount(json, "closingBalance")));
        var entries = json.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["Invoice", "Payment"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal([480m, 400m], entries.Select(e => Amount(e, "balance")));
        Assert.Matches(@"data-testid=""closing-balance"">.*400,00", page.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractTextAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Relevé de compte", text, StringComparison.Ordinal);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains($"Facture {entries[0].GetProperty("number").GetString()}", text, StringComparison.Ordinal);
        Assert.Contains("Règlement virement n° VIR-1", text, StringComparison.Ordinal);
        Assert.Matches(@"Solde au \d\d/\d\d/\d{4}\s+0,00 €", text);
        Assert.Matches($@"Solde au {today.AddDays(7):dd/MM/yyyy}\s+400,00 €", text);
    }

    [Fact]
    public async Task Statement_of_account_ending_before_it_starts_is_refused_next_to_the_field_and_as_a_problem_detail()
    {
        var (api, _, customerId) = await CustomerWithInvoiceAndPaymentAsync();
        var client = await app.SignInAsync(Roles.Accountant);

        var problem = await api.Client.GetAsync($"/api/v1/customers/{customerId}/account-statement?from=2026-03-01&to=2026-02-01");
        var screen = await client.GetAsync($"/Customers/{customerId}/AccountStatement?from=2026-03-01&to=2026-02-01");
        var missing = await api.Client.GetAsync("/api/v1/customers/999999/account-statement");

        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        var errors = (await problem.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors");
        Assert.Equal("La date de fin doit être postérieure ou égale à la date de début.", errors.GetProperty("to")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, screen.StatusCode);
        Assert.Contains("La date de fin doit être postérieure ou égale à la date de début.", WebUtility.HtmlDecode(await screen.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Account_api_pages_by_cursor_and_refuses_an_unreadable_one_on_its_field()
    {
        var (api, _, customerId) = await CustomerWithInvoiceAndPaymentAsync();

        var first = await ReadAsync(await api.Client.GetAsync($"/api/v1/customers/{customerId}/account?pageSize=1"), HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await ReadAsync(await api.Client.GetAsync($"/api/v1/customers/{customerId}/account?pageSize=1&after={cursor}"), HttpStatusCode.OK);
        var refused = await api.Client.GetAsync($"/api/v1/customers/{customerId}/account?after=%25%25");

        // Newest first: the 80.00 transfer (balance 400.00), then the 480.00 invoice (balance 480.00), then no cursor.
        Assert.Equal(("Payment", 400m), (first.GetProperty("items")[0].GetProperty("kind").GetString(), Amount(first.GetProperty("items")[0], "balance")));
        Assert.Equal(("Invoice", 480m), (second.GetProperty("items")[0].GetProperty("kind").GetString(), Amount(second.GetProperty("items")[0], "balance")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors").TryGetProperty("after", out _));
    }

    /// <summary>A fresh customer with one 480.00 invoice and an 80.00 transfer on it (balance 400.00, not yet due).</summary>
    private async Task<(DocumentApi Api, string Code, int CustomerId)> CustomerWithInvoiceAndPaymentAsync()
    {
        var code = $"ACC{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var customerId = await app.WithScopeAsync(async services =>
            (await services.GetRequiredService<CustomerService>().CreateAsync(TestCustomers.FrenchCompany(code, $"Compte {code}"), CancellationToken.None)).Id);
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var invoice = await api.FinalInvoiceAsync(customer: code);
        Assert.Equal(HttpStatusCode.Created, (await api.PayAsync(customerId, 80m, (Id(invoice), 80m))).StatusCode);
        return (api, code, customerId);
    }
}
