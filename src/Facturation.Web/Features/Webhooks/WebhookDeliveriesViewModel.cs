using Facturation.Application.Webhooks;

namespace Facturation.Web.Features.Webhooks;

/// <summary>An endpoint and its latest deliveries.</summary>
public sealed record WebhookDeliveriesViewModel(WebhookEndpoint Endpoint, IReadOnlyList<WebhookDelivery> Deliveries);
