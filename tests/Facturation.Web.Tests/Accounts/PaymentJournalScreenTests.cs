using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Customers;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Accounts;

/// <summary>The payments journal (screen and API) and cheque remittance slips made from it, refused loudly the second time.</summary>
public sealed class PaymentJournalScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Journal_filters_by_customer_and_method_with_totals_then_a_slip_is_made_once_from_the_selection()
    {
        var code = $"JRN{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var customerId = await app.WithScopeAsync(async services =>
            (await services.GetRequiredService<CustomerService>().CreateAsync(TestCustomers.FrenchCompany(code, $"Journal {code}"), CancellationToken.None)).Id);
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.Accountant, Roles.BillingManager));
        var first = Id(await api.FinalInvoiceAsync(customer: code));
        var second = Id(await api.FinalInvoiceAsync(customer: code));
        var cheque = Id(await ReadAsync(await PayByChequeAsync(api, customerId, first, 300m, "CHQ-001"), HttpStatusCode.Created));
        var other = Id(await ReadAsync(await PayByChequeAsync(api, customerId, second, 150.5m, "CHQ-002"), HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.Created, (await api.PayAsync(customerId, 20m, (second, 20m))).StatusCode);

        var all = await ReadAsync(await api.Client.GetAsync($"/api/v1/payments?customerId={customerId}&pageSize=1"), HttpStatusCode.OK);
        var cheques = await ReadAsync(await api.Client.GetAsync($"/api/v1/payments?customerId={customerId}&method=Cheque&voided=false"), HttpStatusCode.OK);
        var client = await app.SignInAsync(Roles.Accountant);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Payments?customerId={customerId}&method=Cheque"));

        Assert.Equal((3, 1), (all.GetProperty("total").GetInt32(), all.GetProperty("items").GetArrayLength()));
        Assert.Equal(470.5m, Amount(all.GetProperty("summary"), "received"));
        Assert.Equal([other, cheque], cheques.GetProperty("items").EnumerateArray().Select(Id));
        Assert.Equal(450.5m, Amount(cheques.GetProperty("summary"), "net"));
        Assert.Contains($"value=\"{code} — Journal {code}\"", page, StringComparison.Ordinal);
        Assert.Matches(@"data-total=""received"">450,50<", page);
        Assert.Contains($"name=\"paymentIds\" value=\"{cheque}\"", page, StringComparison.Ordinal);

        var token = HtmlForms.AntiforgeryToken(page)!;
        FormUrlEncodedContent Selection() => new([new(HtmlForms.AntiforgeryField, token), new("paymentIds", $"{cheque}"), new("paymentIds", $"{other}")]);
        var created = await client.PostAsync("/Payments/Remittances", Selection());
        var again = await client.PostAsync("/Payments/Remittances", Selection());
        var viaApi = await api.Client.PostAsJsonAsync("/api/v1/payments/remittances", new { paymentIds = new[] { other } });

        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        var slipPage = WebUtility.HtmlDecode(await client.GetStringAsync(created.Headers.Location!.OriginalString));
        Assert.Matches(@"data-testid=""remittance-total"">450,50<", slipPage);
        var number = System.Text.RegularExpressions.Regex.Match(slipPage, @"data-testid=""remittance-number"">(BRC-\d{6})<").Groups[1].Value;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains($"bordereau {number}", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, viaApi.StatusCode);
        var slipId = int.Parse(number[4..], System.Globalization.CultureInfo.InvariantCulture);
        var pdf = await PdfText.ExtractTextAsync(await client.GetByteArrayAsync($"/Payments/Remittances/{slipId}/Pdf"));
        Assert.Contains("CHQ-001", pdf, StringComparison.Ordinal);
        Assert.Contains("CHQ-002", pdf, StringComparison.Ordinal);
        Assert.Matches(@"Total de la remise\s+450,50 €", pdf);
    }

    [Fact]
    public async Task Journal_exports_every_filtered_row_as_csv_from_the_screen_and_xlsx_from_the_api_in_french_format()
    {
        var code = $"JEX{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var customerId = await app.WithScopeAsync(async services =>
            (await services.GetRequiredService<CustomerService>().CreateAsync(TestCustomers.FrenchCompany(code, $"Export {code}"), CancellationToken.None)).Id);
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.Accountant, Roles.BillingManager));
        var invoice = Id(await api.FinalInvoiceAsync(customer: code));
        Id(await ReadAsync(await PayByChequeAsync(api, customerId, invoice, 300m, "CHQ-EXP-1"), HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.Created, (await api.PayAsync(customerId, 150.25m, (invoice, 150.25m))).StatusCode);
        var client = await app.SignInAsync(Roles.Accountant);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Payments?customerId={customerId}"));
        var csvResponse = await client.GetAsync($"/Payments/Export?customerId={customerId}&format=csv");
        var xlsx = await api.Client.GetByteArrayAsync($"/api/v1/payments/export?customerId={customerId}&method=Cheque&format=xlsx");
        var refused = await api.Client.GetAsync($"/api/v1/payments/export?customerId={customerId}&format=pdf");

        Assert.Contains($"/Payments/Export?customerId={customerId}&format=csv", page, StringComparison.Ordinal);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var lines = (await csvResponse.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("N°;Date;Code client;Client;Sens;Mode;Référence;Banque;Montant;Statut;Bordereau", lines[0]);
        Assert.Equal(2, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains($";{code};Export {code};Règlement;Chèque;CHQ-EXP-1;Crédit Agricole;300,00;Enregistré;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(";150,25;Enregistré;", StringComparison.Ordinal));
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var cheque = Assert.Single(rows);
        Assert.Equal(("CHQ-EXP-1", 300m), ((string)cheque["Référence"], Convert.ToDecimal(cheque["Montant"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task Journal_with_an_inverted_period_is_refused_next_to_the_field_and_as_a_problem_detail()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);
        var client = await app.SignInAsync(Roles.Accountant);

        var problem = await api.GetAsync("/api/v1/payments?from=2026-03-01&to=2026-02-01");
        var screen = await client.GetAsync("/Payments?from=2026-03-01&to=2026-02-01");

        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.True((await problem.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("to", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, screen.StatusCode);
        Assert.Contains("La date de fin doit être postérieure ou égale à la date de début.", WebUtility.HtmlDecode(await screen.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PayByChequeAsync(DocumentApi api, int customerId, int invoiceId, decimal amount, string number) =>
        api.Client.PostAsJsonAsync("/api/v1/payments", new
        {
            customerId,
            date = CompanyDates.Today,
            amount,
            method = "Cheque",
            reference = number,
            bankAccount = "Crédit Agricole",
            allocations = new[] { new { invoiceId, amount } },
        });
}
