namespace Facturation.Application.Webhooks;

/// <summary>
/// A receiver registered by an administrator: where to POST, which events, and the signing secret, stored
/// protected with ASP.NET Data Protection (never shown back: only its last characters, <see cref="SecretHint"/>).
/// </summary>
public sealed class WebhookEndpoint
{
    private WebhookEndpoint()
    {
    }

    public int Id { get; private set; }

    public string Url { get; private set; } = string.Empty;

    public string ProtectedSecret { get; private set; } = string.Empty;

    /// <summary>"••••" and the secret's last four characters, so that an administrator can tell secrets apart.</summary>
    public string SecretHint { get; private set; } = string.Empty;

    /// <summary>Subscribed event types separated by ",".</summary>
    public string Events { get; private set; } = string.Empty;

    /// <summary>Allows loopback and private addresses (a receiver on the local network); off by default (SSRF).</summary>
    public bool AllowPrivateNetwork { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static WebhookEndpoint Register(string url, string protectedSecret, string secretHint, IEnumerable<string> events, bool allowPrivateNetwork, DateTime nowUtc)
    {
        var endpoint = new WebhookEndpoint { CreatedAtUtc = nowUtc };
        endpoint.Change(url, protectedSecret, secretHint, events, allowPrivateNetwork, nowUtc);
        return endpoint;
    }

    /// <summary>Changes the endpoint; a null secret keeps the current one.</summary>
    public void Change(string url, string? protectedSecret, string? secretHint, IEnumerable<string> events, bool allowPrivateNetwork, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(events);
        (Url, Events, AllowPrivateNetwork, UpdatedAtUtc) = (url, string.Join(',', events.Distinct(StringComparer.Ordinal)), allowPrivateNetwork, nowUtc);
        if (protectedSecret is not null && secretHint is not null)
        {
            (ProtectedSecret, SecretHint) = (protectedSecret, secretHint);
        }
    }

    public bool Subscribes(string eventType) => EventList.Contains(eventType, StringComparer.Ordinal);
}
