using Facturation.Application.Webhooks;

namespace Facturation.Web.Api.V1;

/// <summary>An endpoint as the API returns it: the secret is never returned, only <c>secretHint</c> (its last four characters).</summary>
public sealed record WebhookEndpointDto(int Id, string Url, IReadOnlyList<string> Events, bool AllowPrivateNetwork, string SecretHint, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WebhookEndpointDto From(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new(endpoint.Id, endpoint.Url, endpoint.EventList, endpoint.AllowPrivateNetwork, endpoint.SecretHint, endpoint.CreatedAtUtc, endpoint.UpdatedAtUtc);
    }
}
