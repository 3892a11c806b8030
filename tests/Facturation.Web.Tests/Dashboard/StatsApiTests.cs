using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Activities;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Dashboard;

/// <summary><c>GET /api/v1/stats</c>, <c>GET /api/v1/activities</c> and the activity on documents (ADR-027).</summary>
public sealed class StatsApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static readonly string[] AgeingKeys = ["0-30", "31-60", "61-90", "91+"];

    [Fact]
    public async Task Stats_without_a_token_is_401()
    {
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync("/api/v1/stats");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-03-02&to=2026-03-01", "from")]
    [InlineData("from=2000-01-01&to=2026-03-01", "to")]
    public async Task Stats_with_bad_dates_is_400_keyed_by_field(string query, string field)
    {
        var client = await app.ApiClientAsync(Roles.Accountant);

        var response = await client.GetAsync($"/api/v1/stats?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Issued_invoice_with_an_activity_counts_in_its_activity_and_filters_the_list()
    {
        int activityId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            activityId = (await scope.ServiceProvider.GetRequiredService<ActivityService>().CreateAsync(new ActivityInput { Code = "API-STATS", Name = "Statistiques API" }, CancellationToken.None)).Id;
        }

        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var body = new { customerId = await api.CustomerIdAsync(), paymentTermsDays = 30, activityId, lines = new[] { Line(2, 150) } };
        var draft = await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", body), HttpStatusCode.Created);
        var issued = await api.FinalizeAsync(Id(draft));

        var stats = await ReadAsync(await api.Client.GetAsync("/api/v1/stats"), HttpStatusCode.OK);
        var list = await ReadAsync(await api.Client.GetAsync($"/api/v1/invoices?activity={activityId}"), HttpStatusCode.OK);
        var activities = await ReadAsync(await api.Client.GetAsync("/api/v1/activities"), HttpStatusCode.OK);

        Assert.Equal(activityId, issued.GetProperty("activityId").GetInt32());
        var row = stats.GetProperty("activities").EnumerateArray().Single(a => a.TryGetProperty("code", out var code) && code.GetString() == "API-STATS");
        Assert.Equal((activityId, 300m), (row.GetProperty("activityId").GetInt32(), row.GetProperty("revenue").GetDecimal()));
        Assert.Equal(Id(issued), Id(Assert.Single(list.GetProperty("items").EnumerateArray())));
        Assert.Contains(activities.EnumerateArray(), a => a.GetProperty("id").GetInt32() == activityId && a.GetProperty("active").GetBoolean());
        foreach (var field in new[] { "today", "currency", "period", "month", "year", "unpaid", "overdue", "ageing", "months", "topCustomers", "activities", "drafts", "failingEmails" })
        {
            Assert.True(stats.TryGetProperty(field, out _), field);
        }

        Assert.Equal(AgeingKeys, stats.GetProperty("ageing").EnumerateArray().Select(b => b.GetProperty("key").GetString()));
        Assert.Equal(12, stats.GetProperty("months").GetArrayLength());
        Assert.True(stats.GetProperty("year").GetProperty("revenue").GetDecimal() >= 300m);
    }
}
