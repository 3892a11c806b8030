using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Invoices;

/// <summary>French label and tag colour of each document type (seed 002): the colour is the Type cell's, not the row's.</summary>
public static class InvoiceTypeLabels
{
    public static string Label(InvoiceKind kind, InvoiceType type) => (kind, type) switch
    {
        (InvoiceKind.CreditNote, InvoiceType.Corrective) => "Avoir correctif",
        (InvoiceKind.CreditNote, InvoiceType.Return) => "Avoir de retour",
        (InvoiceKind.CreditNote, InvoiceType.Cancellation) => "Avoir d'annulation",
        (InvoiceKind.CreditNote, _) => "Avoir manuel",
        (_, InvoiceType.Cancellation) => "Facture d'annulation",
        (_, InvoiceType.Penalty) => "Pénalité",
        (_, InvoiceType.Replacement) => "Remplacement",
        (_, InvoiceType.Deposit) => "Acompte",
        (_, InvoiceType.Situation) => "Situation",
        (_, InvoiceType.FinalBalance) => "Solde",
        _ => "Normal",
    };

    public static string Badge(InvoiceKind kind, InvoiceType type) => (kind, type) switch
    {
        (InvoiceKind.CreditNote, InvoiceType.Cancellation) or (_, InvoiceType.Cancellation) => "text-bg-dark",
        (InvoiceKind.CreditNote, _) => "text-bg-warning",
        (_, InvoiceType.Penalty) => "text-bg-danger",
        (_, InvoiceType.Replacement) => "text-bg-secondary",
        (_, InvoiceType.Deposit or InvoiceType.Situation or InvoiceType.FinalBalance) => "text-bg-info",
        _ => "text-bg-primary",
    };
}
