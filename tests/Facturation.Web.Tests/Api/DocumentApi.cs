using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Api;

/// <summary>Issued documents and settlement calls through the public API, for the payment and correction tests.</summary>
internal sealed class DocumentApi(FacturationApp app, HttpClient api)
{
    public HttpClient Client => api;

    public Task<int> CustomerIdAsync(string code = "DUPONT") =>
        app.QueryAsync(db => db.Customers.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    /// <summary>An issued invoice of 1 × 100 + 3 × 100 at 20 % (480.00 TTC) unless other lines are given.</summary>
    public async Task<JsonElement> FinalInvoiceAsync(DateOnly? issueDate = null, string customer = "DUPONT", params object[] lines)
    {
        var draft = new
        {
            customerId = await CustomerIdAsync(customer),
            issueDate,
            paymentTermsDays = 30,
            lines = lines.Length > 0 ? lines : [Line(1, 100), Line(3, 100)],
        };
        var created = await ReadAsync(await api.PostAsJsonAsync("/api/v1/invoices", draft), HttpStatusCode.Created);
        return await FinalizeAsync(Id(created));
    }

    public async Task<JsonElement> FinalizeAsync(int id) => await ReadAsync(await api.PostAsync($"/api/v1/invoices/{id}/finalize", null), HttpStatusCode.OK);

    public async Task<JsonElement> GetAsync(int id) => await ReadAsync(await api.GetAsync($"/api/v1/invoices/{id}"), HttpStatusCode.OK);

    public Task<HttpResponseMessage> PayAsync(int customerId, decimal amount, params (int InvoiceId, decimal Amount)[] allocations) =>
        api.PostAsJsonAsync("/api/v1/payments", new
        {
            customerId,
            date = CompanyDates.Today,
            amount,
            method = "Transfer",
            reference = "VIR-1",
            allocations = allocations.Select(a => new { invoiceId = a.InvoiceId, amount = a.Amount }),
        });

    public static object Line(decimal quantity, decimal unitPrice, string taxCode = "TVA20") => new { description = "Prestation", quantity, unitPrice, taxCode };

    public static int Id(JsonElement document) => document.GetProperty("id").GetInt32();

    public static string? Status(JsonElement document) => document.GetProperty("status").GetString();

    public static decimal Amount(JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
