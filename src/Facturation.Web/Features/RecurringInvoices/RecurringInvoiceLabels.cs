using Facturation.Domain.Recurring;

namespace Facturation.Web.Features.RecurringInvoices;

/// <summary>French labels of the recurring-invoice enums (resource keys of the views).</summary>
public static class RecurringInvoiceLabels
{
    public static string Frequency(RecurrenceFrequency frequency, int interval) => (frequency, interval) switch
    {
        (RecurrenceFrequency.Weekly, 1) => "Chaque semaine",
        (RecurrenceFrequency.Monthly, 1) => "Chaque mois",
        (RecurrenceFrequency.Quarterly, 1) => "Chaque trimestre",
        (RecurrenceFrequency.Yearly, 1) => "Chaque année",
        (RecurrenceFrequency.Weekly, _) => $"Toutes les {interval} semaines",
        (RecurrenceFrequency.Monthly, _) => $"Tous les {interval} mois",
        (RecurrenceFrequency.Quarterly, _) => $"Tous les {interval} trimestres",
        _ => $"Tous les {interval} ans",
    };

    public static string Unit(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Weekly => "Hebdomadaire",
        RecurrenceFrequency.Monthly => "Mensuelle",
        RecurrenceFrequency.Quarterly => "Trimestrielle",
        RecurrenceFrequency.Yearly => "Annuelle",
    };

    public static string Action(RecurringAction action) => action switch
    {
        RecurringAction.Draft => "Créer un brouillon",
        RecurringAction.Issue => "Émettre la facture",
        RecurringAction.IssueAndSend => "Émettre et envoyer par e-mail",
    };

    public static string Status(RecurringTemplateStatus status) => status switch
    {
        RecurringTemplateStatus.Active => "Actif",
        RecurringTemplateStatus.Paused => "Suspendu",
        RecurringTemplateStatus.Completed => "Terminé",
    };

    public static string Outcome(OccurrenceOutcome outcome) => outcome switch
    {
        OccurrenceOutcome.Draft => "Brouillon créé",
        OccurrenceOutcome.Issued => "Facture émise",
        OccurrenceOutcome.IssuedAndQueued => "Émise, e-mail en file d'envoi",
        OccurrenceOutcome.IssuedNotSent => "Émise, non envoyée",
        OccurrenceOutcome.DraftNotIssued => "Brouillon (émission impossible)",
    };
}
