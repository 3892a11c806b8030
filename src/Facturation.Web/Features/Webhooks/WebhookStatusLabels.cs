using Facturation.Application.Webhooks;

namespace Facturation.Web.Features.Webhooks;

public static class WebhookStatusLabels
{
    public static string Label(WebhookDeliveryStatus status) => status switch
    {
        WebhookDeliveryStatus.Pending => "En attente",
        WebhookDeliveryStatus.Sending => "En cours",
        WebhookDeliveryStatus.Delivered => "Livré",
        WebhookDeliveryStatus.Failed => "Abandonné",
    };
}
