using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Api;

public sealed class InvoiceApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static object Line(decimal quantity, decimal unitPrice, string taxCode, string description = "Prestation") =>
        new { description, quantity, unitPrice, taxCode };

    private async Task<int> CustomerIdAsync(string code = "DUPONT") =>
        await app.QueryAsync(db => db.Customers.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    private async Task<object> DraftAsync(params object[] lines) => new
    {
        customerId = await CustomerIdAsync(),
        reference = "BC-42",
        lines,
    };

    private async Task<(HttpClient Api, JsonElement Document)> CreateAsync(params object[] lines)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var response = await api.PostAsJsonAsync("/api/v1/invoices", await DraftAsync(lines));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (api, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static decimal Amount(JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    [Fact]
    public async Task Create_returns_201_with_reference_totals()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var response = await api.PostAsJsonAsync("/api/v1/invoices", await DraftAsync(Line(1, 100, "TVA20"), Line(3, 100, "TVA20")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = document.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/invoices/{id}", response.Headers.Location!.AbsolutePath);
        Assert.Equal("Draft", document.GetProperty("status").GetString());
        Assert.Equal("Invoice", document.GetProperty("kind").GetString());
        Assert.Equal("Standard", document.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("number").ValueKind);
        Assert.Equal("TVA20", document.GetProperty("lines")[1].GetProperty("taxCode").GetString());
        Assert.Equal(300m, Amount(document.GetProperty("lines")[1], "net"));
        var totals = document.GetProperty("totals");
        Assert.Equal((400m, 80m, 480m), (Amount(totals, "net"), Amount(totals, "tax"), Amount(totals, "gross")));
        var row = Assert.Single(document.GetProperty("taxBreakdown").EnumerateArray());
        Assert.Equal(("TVA20", 400m, 80m), (row.GetProperty("taxCode").GetString(), Amount(row, "base"), Amount(row, "amount")));
    }

    [Fact]
    public async Task Create_with_quebec_code_gives_two_breakdown_rows()
    {
        var (_, document) = await CreateAsync(Line(1, 100, "QC"));

        var rows = document.GetProperty("taxBreakdown").EnumerateArray().ToList();
        Assert.Equal([5.00m, 9.98m], rows.Select(r => Amount(r, "amount")));
        Assert.All(rows, r => Assert.Equal("QC", r.GetProperty("taxCode").GetString()));
        Assert.Equal(14.98m, Amount(document.GetProperty("totals"), "tax"));
        Assert.Equal(114.98m, Amount(document.GetProperty("totals"), "gross"));
    }

    [Fact]
    public async Task Create_with_unknown_tax_code_is_400_on_the_line_field()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var response = await api.PostAsJsonAsync("/api/v1/invoices", await DraftAsync(Line(1, 100, "NOPE")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("lines[0].taxCode", out _), errors.ToString());
    }

    [Fact]
    public async Task Get_returns_the_document_with_its_history()
    {
        var (api, created) = await CreateAsync(Line(2, 50, "TVA20"));

        var fetched = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{created.GetProperty("id").GetInt32()}");

        Assert.Equal(100m, Amount(fetched.GetProperty("totals"), "net"));
        Assert.Equal("created", fetched.GetProperty("history")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task List_filters_by_search_status_and_customer()
    {
        var (api, created) = await CreateAsync(Line(1, 10, "TVA20"));
        var proforma = created.GetProperty("proformaNumber").GetString();
        var customerId = created.GetProperty("customerId").GetInt32();

        var bySearch = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices?search={proforma}&status=Draft&customerId={customerId}&kind=Invoice&page=1&pageSize=10");
        var finals = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices?search={proforma}&status=Final");
        var otherCustomer = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices?search={proforma}&customerId={customerId + 1000}");

        Assert.Equal(1, bySearch.GetProperty("total").GetInt32());
        Assert.Equal(1, bySearch.GetProperty("page").GetInt32());
        Assert.Equal(10, bySearch.GetProperty("pageSize").GetInt32());
        Assert.Equal(created.GetProperty("id").GetInt32(), bySearch.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal(0, finals.GetProperty("total").GetInt32());
        Assert.Equal(0, otherCustomer.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_filters_by_issue_date_range()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var draft = new { customerId = await CustomerIdAsync(), issueDate = "2031-03-15", lines = new[] { Line(1, 10, "TVA20") } };
        var created = await (await api.PostAsJsonAsync("/api/v1/invoices", draft)).Content.ReadFromJsonAsync<JsonElement>();

        var inside = await api.GetFromJsonAsync<JsonElement>("/api/v1/invoices?from=2031-03-01&to=2031-03-31");
        var outside = await api.GetFromJsonAsync<JsonElement>("/api/v1/invoices?from=2031-04-01&to=2031-04-30");

        Assert.Equal("2031-03-15", created.GetProperty("issueDate").GetString());
        Assert.Equal(1, inside.GetProperty("total").GetInt32());
        Assert.Equal(0, outside.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Update_draft_replaces_the_lines()
    {
        var (api, created) = await CreateAsync(Line(1, 100, "TVA20"));
        var id = created.GetProperty("id").GetInt32();

        var response = await api.PutAsJsonAsync($"/api/v1/invoices/{id}", await DraftAsync(Line(2, 100, "TVA10"), Line(1, 50, "TVA20")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, updated.GetProperty("lines").GetArrayLength());
        Assert.Equal((250m, 30m, 280m), (Amount(updated.GetProperty("totals"), "net"), Amount(updated.GetProperty("totals"), "tax"), Amount(updated.GetProperty("totals"), "gross")));
    }

    [Fact]
    public async Task Finalize_gives_the_series_number_and_is_idempotent()
    {
        var (api, created) = await CreateAsync(Line(1, 100, "TVA20"));
        var id = created.GetProperty("id").GetInt32();

        var first = await api.PostAsync($"/api/v1/invoices/{id}/finalize", null);
        var second = await api.PostAsync($"/api/v1/invoices/{id}/finalize", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var document = await first.Content.ReadFromJsonAsync<JsonElement>();
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        var number = document.GetProperty("number").GetString()!;
        Assert.Matches($"^FA{CompanyDates.Today.ToString("yyMM", CultureInfo.InvariantCulture)}-\\d{{4}}$", number);
        Assert.Equal("Final", document.GetProperty("status").GetString());
        Assert.Equal(number, again.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.String, document.GetProperty("dueDate").ValueKind);
        Assert.Equal(["created", "finalized"], document.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task First_finalization_of_a_fresh_database_is_number_0001()
    {
        await using var fresh = new FacturationApp();
        var api = await fresh.ApiClientAsync(Roles.BillingManager);
        var customerId = await fresh.QueryAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var created = await (await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, lines = new[] { Line(1, 100, "TVA20") } })).Content.ReadFromJsonAsync<JsonElement>();

        var document = await (await api.PostAsync($"/api/v1/invoices/{created.GetProperty("id").GetInt32()}/finalize", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal($"FA{CompanyDates.Today.ToString("yyMM", CultureInfo.InvariantCulture)}-0001", document.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Put_and_delete_on_a_final_document_are_409_and_change_nothing()
    {
        var (api, created) = await CreateAsync(Line(1, 100, "TVA20"));
        var id = created.GetProperty("id").GetInt32();
        await api.PostAsync($"/api/v1/invoices/{id}/finalize", null);

        var put = await api.PutAsJsonAsync($"/api/v1/invoices/{id}", await DraftAsync(Line(9, 999, "TVA20")));
        var delete = await api.DeleteAsync($"/api/v1/invoices/{id}");

        foreach (var response in new[] { put, delete })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("invoice.not_draft", problem.GetProperty("code").GetString());
            Assert.Contains("Final", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var saved = await app.QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(InvoiceStatus.Final, saved.Status);
        Assert.Equal(100m, saved.Totals.Net);
        Assert.Single(saved.Lines);
    }

    [Fact]
    public async Task Delete_draft_is_204_then_404()
    {
        var (api, created) = await CreateAsync(Line(1, 100, "TVA20"));
        var id = created.GetProperty("id").GetInt32();

        var delete = await api.DeleteAsync($"/api/v1/invoices/{id}");
        var get = await api.GetAsync($"/api/v1/invoices/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Duplicate_returns_201_with_a_new_draft()
    {
        var (api, created) = await CreateAsync(Line(1, 100, "TVA20"), Line(3, 100, "TVA20"));
        var id = created.GetProperty("id").GetInt32();
        await api.PostAsync($"/api/v1/invoices/{id}/finalize", null);

        var response = await api.PostAsync($"/api/v1/invoices/{id}/duplicate", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(id, copy.GetProperty("id").GetInt32());
        Assert.Equal("Draft", copy.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, copy.GetProperty("number").ValueKind);
        Assert.Equal(id, copy.GetProperty("originInvoiceId").GetInt32());
        Assert.Equal(480m, Amount(copy.GetProperty("totals"), "gross"));
    }

    [Fact]
    public async Task Accountant_can_read_but_not_create()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var list = await api.GetAsync("/api/v1/invoices");
        var create = await api.PostAsJsonAsync("/api/v1/invoices", await DraftAsync(Line(1, 100, "TVA20")));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task Unknown_id_is_404_problem()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var response = await api.GetAsync("/api/v1/invoices/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Request_without_token_is_401()
    {
        var response = await app.ApiClient(null).GetAsync("/api/v1/invoices");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
