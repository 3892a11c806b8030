using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Webhooks;

/// <summary>The <c>/api/v1/webhooks</c> contract: field names, secrets never returned, French 400s, Admin only.</summary>
public sealed class WebhookApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private const string Secret = "s3cret-for-the-accounting-system";
    private static readonly string[] Events1 = ["invoice.issued", "payment.recorded"];
    private static readonly string[] Events2 = ["invoice.issued"];
    private static readonly string[] Events3 = ["invoice.paid"];
    private static readonly string[] Events4 = ["invoice.issued", "invoice.deleted"];
    private static readonly string[] Events5 = ["invoice.cancelled"];
    private static readonly string[] NoEvents = [];

    [Fact]
    public async Task Create_Returns201WithContractFields_AndNeverTheSecret()
    {
        var admin = await app.ApiClientAsync(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://compta.example.com/hooks", secret = Secret, events = Events1 });

        var body = await response.Content.ReadAsStringAsync();
        var created = await ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/webhooks/{Id(created)}", response.Headers.Location?.AbsolutePath);
        Assert.Equal("https://compta.example.com/hooks", created.GetProperty("url").GetString());
        Assert.Equal(["invoice.issued", "payment.recorded"], created.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.False(created.GetProperty("allowPrivateNetwork").GetBoolean());
        Assert.Equal("••••stem", created.GetProperty("secretHint").GetString());
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        var listed = await admin.GetStringAsync("/api/v1/webhooks");
        Assert.Contains("compta.example.com", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, listed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1/hook", "protection SSRF")]
    [InlineData("http://10.0.0.1/hook", "protection SSRF")]
    [InlineData("http://[::1]/hook", "protection SSRF")]
    [InlineData("http://169.254.169.254/latest/meta-data", "protection SSRF")]
    [InlineData("http://localhost:8080/hook", "protection SSRF")]
    [InlineData("file:///etc/passwd", "Seules les URL http:// et https://")]
    [InlineData("pas une url", "URL absolue")]
    public async Task Create_WithAForbiddenUrl_Is400OnUrl_InFrench(string url, string message)
    {
        var admin = await app.ApiClientAsync(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url, secret = Secret, events = Events2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty("url")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithAPrivateUrl_IsAccepted_WhenThePrivateNetworkIsAllowed()
    {
        var admin = await app.ApiClientAsync(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://10.0.0.1/hook", secret = Secret, events = Events3, allowPrivateNetwork = true });

        Assert.True((await ReadAsync(response, HttpStatusCode.Created)).GetProperty("allowPrivateNetwork").GetBoolean());
    }

    [Fact]
    public async Task Create_WithAnUnknownEventOrNoSecret_Is400OnTheField()
    {
        var admin = await app.ApiClientAsync(Roles.Admin);

        var unknown = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://compta.example.com/h", secret = Secret, events = Events4 });
        var noSecret = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://compta.example.com/h", events = Events2 });
        var noEvents = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://compta.example.com/h", secret = Secret, events = NoEvents });

        Assert.Contains("Événement inconnu : invoice.deleted", (await ErrorsAsync(unknown)).GetProperty("events[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("secret", (await ErrorsAsync(noSecret)).GetProperty("secret")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("au moins un événement", (await ErrorsAsync(noEvents)).GetProperty("events")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithoutSecret_KeepsIt_AndDeleteRemovesTheEndpoint()
    {
        var admin = await app.ApiClientAsync(Roles.Admin);
        var id = Id(await ReadAsync(await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://a.example.com/h", secret = Secret, events = Events2 }), HttpStatusCode.Created));

        var updated = await ReadAsync(await admin.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { url = "https://b.example.com/h", events = Events5 }), HttpStatusCode.OK);
        var deleted = await admin.DeleteAsync($"/api/v1/webhooks/{id}");

        Assert.Equal(("https://b.example.com/h", "invoice.cancelled"), (updated.GetProperty("url").GetString(), updated.GetProperty("events")[0].GetString()));
        Assert.Equal("••••stem", updated.GetProperty("secretHint").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
    }

    [Fact]
    public async Task NonAdministrators_AreRefused()
    {
        var manager = await app.ApiClientAsync(Roles.BillingManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/v1/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://x.example.com", secret = Secret, events = Events2 })).StatusCode);
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }
}
