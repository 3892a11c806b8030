using Facturation.Application.Mail;

namespace Facturation.Web.Features.Outbox;

public static class OutboxStatusLabels
{
    public static string Label(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "En attente",
        OutboxStatus.Sending => "En cours d'envoi",
        OutboxStatus.Sent => "Envoyé",
        OutboxStatus.Failed => "Échec",
    };
}
