namespace Facturation.Application.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its (next) attempt, or for an earlier event of the same document.</summary>
    Pending,

    /// <summary>Claimed by a worker (lease) and being posted.</summary>
    Sending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Given up after the last attempt; an administrator may redeliver it.</summary>
    Failed,
}
