namespace Facturation.Application.Webhooks;

/// <summary>An endpoint as the form and the API send it. A blank secret on update keeps the current one.</summary>
public sealed class WebhookEndpointInput
{
    public string? Url { get; set; }

    public string? Secret { get; set; }

    public List<string> Events { get; set; } = [];

    public bool AllowPrivateNetwork { get; set; }

    public static WebhookEndpointInput From(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new() { Url = endpoint.Url, Events = [.. endpoint.EventList], AllowPrivateNetwork = endpoint.AllowPrivateNetwork };
    }
}
