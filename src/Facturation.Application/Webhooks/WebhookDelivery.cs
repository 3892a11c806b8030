using Facturation.Domain.Common;

namespace Facturation.Application.Webhooks;

/// <summary>
/// One event for one endpoint: its body is built once, when the audit entry is translated, so every attempt posts
/// the same bytes with the same event id (the receiver de-duplicates on it). Only the timestamp and signature
/// headers change from one attempt to the next.
/// </summary>
public sealed class WebhookDelivery
{
    private const int ErrorLength = 2000;

    private WebhookDelivery()
    {
    }

    public long Id { get; private set; }

    public int EndpointId { get; private set; }

    /// <summary>The event's id, the same for every endpoint and every attempt (header <c>Facturation-Event-Id</c>).</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = string.Empty;

    /// <summary>"invoice:12", "payment:4", "statement:REL-2026-0001": deliveries of one document leave in order.</summary>
    public string DocumentKey { get; private set; } = string.Empty;

    /// <summary>The audit entry the event comes from.</summary>
    public long AuditSequence { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    /// <summary>The JSON posted, exactly as signed.</summary>
    public string Body { get; private set; } = string.Empty;

    public WebhookDeliveryStatus Status { get; private set; } = WebhookDeliveryStatus.Pending;

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseExpiresAtUtc { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DeliveredAtUtc { get; private set; }

    public static WebhookDelivery Create(int endpointId, WebhookEvent webhookEvent, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return new WebhookDelivery
        {
            EndpointId = endpointId,
            EventId = webhookEvent.Id,
            EventType = webhookEvent.Type,
            DocumentKey = webhookEvent.DocumentKey,
            AuditSequence = webhookEvent.AuditSequence,
            OccurredAtUtc = webhookEvent.OccurredAtUtc,
            Body = webhookEvent.Body,
            NextAttemptAtUtc = nowUtc,
            CreatedAtUtc = nowUtc,
        };
    }

    public void MarkDelivered(int statusCode, DateTime nowUtc) =>
        (Status, DeliveredAtUtc, LastStatusCode, LastError, LeaseOwner, LeaseExpiresAtUtc) =
        (WebhookDeliveryStatus.Delivered, nowUtc, statusCode, null, null, null);

    /// <summary>An attempt failed (non-2xx, timeout, refused address): retry with exponential back-off, or give up after the last attempt.</summary>
    public void RecordFailure(int? statusCode, string error, DateTime nowUtc, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(options);
        (LastStatusCode, LastError, LeaseOwner, LeaseExpiresAtUtc) = (statusCode, error.Length > ErrorLength ? error[..ErrorLength] : error, null, null);
        if (Attempts >= options.MaxAttempts)
        {
            Status = WebhookDeliveryStatus.Failed;
            return;
        }

        var delay = options.BaseDelay * Math.Pow(2, Math.Max(0, Attempts - 1));
        Status = WebhookDeliveryStatus.Pending;
        NextAttemptAtUtc = nowUtc + (delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay);
    }

    /// <summary>An administrator sends it again now (same event id, fresh attempt count), delivered or given up alike.</summary>
    public void Redeliver(DateTime nowUtc)
    {
        if (Status is WebhookDeliveryStatus.Sending)
        {
            throw DomainException.Conflict("webhook.delivery_in_progress", $"La livraison {Id} est en cours : attendez la fin de la tentative.");
        }

        (Status, Attempts, NextAttemptAtUtc, DeliveredAtUtc) = (WebhookDeliveryStatus.Pending, 0, nowUtc, null);
    }
}
