using Facturation.Application.Webhooks;

namespace Facturation.Web.Api.V1;

public sealed record WebhookDeliveryDto(
    long Id,
    Guid EventId,
    string EventType,
    string DocumentKey,
    DateTime OccurredAt,
    WebhookDeliveryStatus Status,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTime? NextAttemptAt,
    DateTime? DeliveredAt)
{
    public static WebhookDeliveryDto From(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new(
            delivery.Id,
            delivery.EventId,
            delivery.EventType,
            delivery.DocumentKey,
            delivery.OccurredAtUtc,
            delivery.Status,
            delivery.Attempts,
            delivery.LastStatusCode,
            delivery.LastError,
            delivery.Status == WebhookDeliveryStatus.Pending ? delivery.NextAttemptAtUtc : null,
            delivery.DeliveredAtUtc);
    }
}
