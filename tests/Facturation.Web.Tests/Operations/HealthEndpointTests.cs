using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;

namespace Facturation.Web.Tests.Operations;

public sealed class HealthEndpointTests
{
    private static readonly string[] Recipients = ["client@exemple.fr"];

    [Fact]
    public async Task Live_answers_without_login_and_ready_lists_the_database_and_the_outbox_as_json()
    {
        await using var app = new FacturationApp();
        var client = app.CreateBrowserlikeClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("application/json; charset=utf-8", ready.Content.Headers.ContentType!.ToString());
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(["database", "archives", "outbox"], report.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Ready_is_unhealthy_when_the_archive_store_cannot_be_written()
    {
        var blocker = Path.GetTempFileName(); // a file where the archive folder should be: nothing can be created under it
        try
        {
            await using var app = new FacturationApp().With("Archive:FolderPath", Path.Combine(blocker, "archives"));
            var client = app.CreateBrowserlikeClient();

            var ready = await client.GetAsync("/health/ready");

            var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var archives = report.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == "archives");
            Assert.Equal("Unhealthy", archives.GetProperty("status").GetString());
            Assert.Contains(blocker, archives.GetProperty("description").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task Ready_is_degraded_when_an_email_waits_in_the_outbox_longer_than_the_threshold()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        await using var app = new FacturationApp().WithClock(clock)
            .With("Outbox:Enabled", "false")
            .With("Health:OutboxMaxAge", "00:15:00")
            .With("Smtp:Host", "127.0.0.1")
            .With("Smtp:Port", "2525")
            .With("Smtp:Security", "None")
            .With("Smtp:From", "Ma Société <factures@exemple.fr>");
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var invoiceId = (await api.FinalInvoiceAsync()).GetProperty("id").GetInt32();
        var sent = await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/send", new { to = Recipients });
        var client = app.CreateBrowserlikeClient();

        var fresh = await ReadyAsync(client);
        clock.Now = clock.Now.AddMinutes(20);
        var stale = await ReadyAsync(client);

        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", fresh.GetProperty("status").GetString());
        Assert.Equal("Degraded", stale.GetProperty("status").GetString());
        var outbox = stale.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == "outbox");
        Assert.Equal(1, outbox.GetProperty("data").GetProperty("pending").GetInt32());
        Assert.True(outbox.GetProperty("data").GetProperty("oldestAgeSeconds").GetInt64() >= 20 * 60);
    }

    private static async Task<JsonElement> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
