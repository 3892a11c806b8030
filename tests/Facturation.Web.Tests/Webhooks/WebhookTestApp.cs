using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Application.Webhooks;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Webhooks;

/// <summary>Webhook helpers over a test app whose background workers are off: the test runs the job itself.</summary>
internal static class WebhookTestApp
{
    public const string PublicBaseUrl = "https://factures.example.test/";
    public const string Secret = "whsec-test-0123456789abcdef";

    public static FacturationApp Configure(FacturationApp app) => app
        .With("Webhooks:Enabled", "false")
        .With("Jobs:Enabled", "false")
        .With("Outbox:Enabled", "false")
        .With("Webhooks:BaseDelay", "00:00:01")
        .With("Facturation:PublicBaseUrl", PublicBaseUrl);

    /// <summary>Registers an endpoint through the API (Admin token) on the local receiver.</summary>
    public static async Task<int> RegisterAsync(FacturationApp app, WebhookReceiver receiver, params string[] events)
    {
        var admin = await app.ApiClientAsync(Roles.Admin);
        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, secret = Secret, events, allowPrivateNetwork = true });
        return DocumentApi.Id(await DocumentApi.ReadAsync(response, HttpStatusCode.Created));
    }

    /// <summary>One pass of the <c>webhooks</c> job, as the worker or <c>jobs run</c> would do it.</summary>
    public static Task<int> RunJobAsync(FacturationApp app, string workerId = "test") =>
        app.WithScopeAsync(services => services.GetRequiredService<WebhooksJob>().RunDueAsync(workerId, CancellationToken.None));

    public static async Task<JsonElement[]> DeliveriesAsync(FacturationApp app, int endpointId)
    {
        var admin = await app.ApiClientAsync(Roles.Admin);
        var list = await DocumentApi.ReadAsync(await admin.GetAsync($"/api/v1/webhooks/{endpointId}/deliveries"), HttpStatusCode.OK);
        return [.. list.EnumerateArray()];
    }
}
