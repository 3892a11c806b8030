using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;

namespace Facturation.Web.Tests.Recurring;

public sealed class RecurringInvoiceApiTests(RecurringApp app) : IClassFixture<RecurringApp>
{
    private static async Task<int> CustomerIdAsync(HttpClient api)
    {
        var customers = await api.GetFromJsonAsync<JsonElement>("/api/v1/customers?search=DUPONT");
        return customers.GetProperty("items")[0].GetProperty("id").GetInt32();
    }

    private static object Template(int customerId, string action = "Issue", string startDate = "2027-01-05") => new
    {
        customerId,
        frequency = "Monthly",
        interval = 1,
        startDate,
        occurrences = 12,
        action,
        title = "Maintenance",
        lines = new object[] { new { description = "Maintenance {mois} {année}", quantity = 1, unitPrice = 250m, taxCode = "TVA20", glAccount = "706000" } },
    };

    private async Task<(HttpClient Api, JsonElement Created)> CreateAsync(string action = "Issue", string startDate = "2027-01-05")
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var response = await api.PostAsJsonAsync("/api/v1/recurring-invoices", Template(await CustomerIdAsync(api), action, startDate));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (api, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Create_returns_201_with_the_contract_fields_and_enums_by_name()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var customerId = await CustomerIdAsync(api);

        var response = await api.PostAsJsonAsync("/api/v1/recurring-invoices", Template(customerId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var root = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = root.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/recurring-invoices/{id}", response.Headers.Location!.AbsolutePath);
        Assert.Equal(customerId, root.GetProperty("customerId").GetInt32());
        Assert.Equal("Monthly", root.GetProperty("frequency").GetString());
        Assert.Equal(1, root.GetProperty("interval").GetInt32());
        Assert.Equal("2027-01-05", root.GetProperty("startDate").GetString());
        Assert.Equal(12, root.GetProperty("occurrences").GetInt32());
        Assert.Equal("Issue", root.GetProperty("action").GetString());
        Assert.Equal("Active", root.GetProperty("status").GetString());
        Assert.Equal("2027-01-05", root.GetProperty("nextDate").GetString());
        Assert.Equal(0, root.GetProperty("generatedCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("lastDocumentId").ValueKind);
        Assert.Equal("TVA20", root.GetProperty("lines")[0].GetProperty("taxCode").GetString());
        Assert.Equal("Maintenance {mois} {année}", root.GetProperty("lines")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Run_now_issues_the_occurrence_and_the_resource_shows_it()
    {
        var (api, created) = await CreateAsync();
        var id = created.GetProperty("id").GetInt32();

        var run = await api.PostAsync($"/api/v1/recurring-invoices/{id}/run-now", null);
        var occurrence = await run.Content.ReadFromJsonAsync<JsonElement>();
        var documentId = occurrence.GetProperty("documentId").GetInt32();
        var template = await api.GetFromJsonAsync<JsonElement>($"/api/v1/recurring-invoices/{id}");
        var document = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{documentId}");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/recurring-invoices");

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal("Issued", occurrence.GetProperty("outcome").GetString());
        Assert.Equal(1, template.GetProperty("generatedCount").GetInt32());
        Assert.Equal(documentId, template.GetProperty("lastDocumentId").GetInt32());
        Assert.Equal("2027-02-05", template.GetProperty("nextDate").GetString());
        Assert.Equal("Final", document.GetProperty("status").GetString());
        Assert.Equal(occurrence.GetProperty("documentNumber").GetString(), document.GetProperty("number").GetString());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Pause_twice_is_409_run_now_when_paused_is_409_and_resume_reactivates()
    {
        var (api, created) = await CreateAsync("Draft");
        var id = created.GetProperty("id").GetInt32();

        var pause = await api.PostAsync($"/api/v1/recurring-invoices/{id}/pause", null);
        var pauseAgain = await api.PostAsync($"/api/v1/recurring-invoices/{id}/pause", null);
        var runWhilePaused = await api.PostAsync($"/api/v1/recurring-invoices/{id}/run-now", null);
        var resume = await api.PostAsync($"/api/v1/recurring-invoices/{id}/resume", null);

        Assert.Equal("Paused", (await pause.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, pauseAgain.StatusCode);
        Assert.Equal("application/problem+json", pauseAgain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, runWhilePaused.StatusCode);
        Assert.Equal("Active", (await resume.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Put_replaces_schedule_and_lines()
    {
        var (api, created) = await CreateAsync("Draft");
        var id = created.GetProperty("id").GetInt32();

        var response = await api.PutAsJsonAsync($"/api/v1/recurring-invoices/{id}", new
        {
            customerId = created.GetProperty("customerId").GetInt32(),
            frequency = "Quarterly",
            startDate = "2027-04-01",
            endDate = "2027-12-31",
            action = "IssueAndSend",
            lines = new object[] { new { description = "Support {période}", quantity = 2, unitPrice = 90m, taxCode = "TVA20" } },
        });

        var root = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Quarterly", root.GetProperty("frequency").GetString());
        Assert.Equal("IssueAndSend", root.GetProperty("action").GetString());
        Assert.Equal("2027-04-01", root.GetProperty("nextDate").GetString());
        Assert.Equal("2027-12-31", root.GetProperty("endDate").GetString());
        Assert.Equal("Support {période}", root.GetProperty("lines")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Invalid_body_gives_400_with_errors_keyed_by_json_field()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var customerId = await CustomerIdAsync(api);

        var missing = await api.PostAsJsonAsync("/api/v1/recurring-invoices", new { customerId, frequency = "Monthly", action = "Draft", lines = Array.Empty<object>() });
        var unknownTax = await api.PostAsJsonAsync("/api/v1/recurring-invoices", new
        {
            customerId,
            frequency = "Monthly",
            startDate = "2027-01-05",
            action = "Draft",
            lines = new object[] { new { description = "Maintenance", quantity = 1, unitPrice = 10m, taxCode = "NOPE" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Indiquez la date de début.", errors.GetProperty("startDate")[0].GetString());
        Assert.Equal("Ajoutez au moins une ligne.", errors.GetProperty("lines")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownTax.StatusCode);
        var taxErrors = (await unknownTax.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(taxErrors.TryGetProperty("lines[0].taxCode", out _), taxErrors.ToString());
    }

    [Fact]
    public async Task Unknown_template_is_404_and_accountants_read_but_cannot_write()
    {
        var (_, created) = await CreateAsync("Draft");
        var accountant = await app.ApiClientAsync(Roles.Accountant);

        var missing = await accountant.GetAsync("/api/v1/recurring-invoices/999999");
        var read = await accountant.GetAsync($"/api/v1/recurring-invoices/{created.GetProperty("id").GetInt32()}");
        var write = await accountant.PostAsJsonAsync("/api/v1/recurring-invoices", Template(created.GetProperty("customerId").GetInt32()));
        var pause = await accountant.PostAsync($"/api/v1/recurring-invoices/{created.GetProperty("id").GetInt32()}/pause", null);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pause.StatusCode);
    }
}
