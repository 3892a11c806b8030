using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Dossiers;

/// <summary>Drives the dossier API as an integrator would: create, accept, bill, finalize.</summary>
internal sealed class DossierApi(FacturationApp app, HttpClient api)
{
    public HttpClient Client => api;

    public static async Task<DossierApi> ConnectAsync(FacturationApp app) => new(app, await app.ApiClientAsync(Roles.BillingManager));

    public static object Line(decimal quantity, decimal unitPrice, string taxCode, string description = "Prestation") =>
        new { description, quantity, unitPrice, taxCode };

    public static decimal Amount(JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    public static decimal Net(JsonElement document) => Amount(document.GetProperty("totals"), "net");

    public static decimal Gross(JsonElement document) => Amount(document.GetProperty("totals"), "gross");

    public async Task<int> CustomerIdAsync(string code = "DUPONT") =>
        await app.QueryAsync(db => db.Customers.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    public async Task<JsonElement> CreateAsync(params object[] lines) => await CreateForAsync("DUPONT", lines);

    public async Task<JsonElement> CreateForAsync(string customer, params object[] lines)
    {
        var response = await api.PostAsJsonAsync("/api/v1/dossiers", new { customerId = await CustomerIdAsync(customer), name = "Rénovation atelier", reference = "BC-2026-7", lines });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<int> AcceptedAsync(params object[] lines)
    {
        var id = (await CreateAsync(lines)).GetProperty("id").GetInt32();
        await AcceptAsync(id);
        return id;
    }

    public async Task AcceptAsync(int id)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/dossiers/{id}/accept", new { reference = "Devis signé" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body) => api.PostAsJsonAsync(path, body);

    /// <summary>Posts, expects 201 with a draft, finalizes it when asked, and returns the document.</summary>
    public async Task<JsonElement> BillAsync(string path, object body, bool finalize = true)
    {
        var response = await api.PostAsJsonAsync(path, body);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, document.ToString());
        Assert.Equal("Draft", document.GetProperty("status").GetString());
        return finalize ? await FinalizeAsync(document.GetProperty("id").GetInt32()) : document;
    }

    public async Task<JsonElement> FinalizeAsync(int invoiceId)
    {
        var response = await api.PostAsync($"/api/v1/invoices/{invoiceId}/finalize", null);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, document.ToString());
        return document;
    }

    public async Task<JsonElement> GetAsync(int id) => await api.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{id}");

    public async Task<int[]> LineIdsAsync(int id) => (await GetAsync(id)).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("id").GetInt32()).ToArray();
}
