using Facturation.Application.Audit;

namespace Facturation.Web.Features.Audit;

/// <summary>French labels of the journal's events (resource keys for the English UI).</summary>
public static class AuditEventLabels
{
    public static string Label(string eventName) => eventName switch
    {
        AuditEvents.InvoiceIssued => "Document émis",
        AuditEvents.InvoiceSent => "Document envoyé",
        AuditEvents.InvoiceReminderSent => "Relance envoyée",
        AuditEvents.InvoiceCancelled => "Document annulé",
        AuditEvents.InvoicePaid => "Document soldé",
        AuditEvents.InvoiceReplaced => "Document remplacé",
        AuditEvents.PaymentRecorded => "Règlement enregistré",
        AuditEvents.PaymentVoided => "Règlement annulé",
        AuditEvents.CreditApplied => "Avoir imputé",
        AuditEvents.CreditRefunded => "Avoir remboursé",
        AuditEvents.CreditReversed => "Imputation d'avoir annulée",
        AuditEvents.NumberingChanged => "Numérotation modifiée",
        AuditEvents.CompanyIdentityChanged => "Identité de la société modifiée",
        AuditEvents.UserRolesChanged => "Rôles d'un utilisateur modifiés",
        _ => eventName,
    };
}
