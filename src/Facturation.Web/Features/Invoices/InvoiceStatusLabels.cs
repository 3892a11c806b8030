using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Invoices;

/// <summary>French label and badge colour of each status.</summary>
public static class InvoiceStatusLabels
{
    public static string Label(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Draft => "Brouillon/proforma",
        InvoiceStatus.Final => "Finale",
        InvoiceStatus.Sent => "Envoyée",
        InvoiceStatus.PartiallyPaid => "Partiellement payée",
        InvoiceStatus.Paid => "Payée",
        InvoiceStatus.Disputed => "Contestée",
        InvoiceStatus.Cancelled => "Annulée",
        InvoiceStatus.Abandoned => "Abandonnée",
        InvoiceStatus.Used => "Utilisé",
        InvoiceStatus.Refunded => "Remboursé",
    };

    /// <summary>The list's wording (seed 000): a draft is a proforma being prepared or already emailed; a final one waits to be sent.</summary>
    public static string ListLabel(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Status switch
        {
            InvoiceStatus.Draft => invoice.ProformaSentAtUtc is null ? "Proforma en préparation" : "Proforma envoyée",
            InvoiceStatus.Final => "Finale prête pour envoi",
            var status => Label(status),
        };
    }

    /// <summary>The same wording for a list row (stored columns only).</summary>
    public static string ListLabel(InvoiceStatus status, DateTime? proformaSentAtUtc) => status switch
    {
        InvoiceStatus.Draft => proformaSentAtUtc is null ? "Proforma en préparation" : "Proforma envoyée",
        InvoiceStatus.Final => "Finale prête pour envoi",
        _ => Label(status),
    };

    /// <summary>The row's colour in the list (seed 002: the status colours the row).</summary>
    public static string Row(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Draft => "table-light",
        InvoiceStatus.Final or InvoiceStatus.Sent => string.Empty,
        InvoiceStatus.PartiallyPaid => "table-info",
        InvoiceStatus.Paid or InvoiceStatus.Used or InvoiceStatus.Refunded => "table-success",
        InvoiceStatus.Disputed => "table-warning",
        InvoiceStatus.Cancelled or InvoiceStatus.Abandoned => "table-secondary",
    };

    public static string Badge(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Draft => "text-bg-secondary",
        InvoiceStatus.Final or InvoiceStatus.Sent => "text-bg-primary",
        InvoiceStatus.PartiallyPaid => "text-bg-info",
        InvoiceStatus.Paid or InvoiceStatus.Used or InvoiceStatus.Refunded => "text-bg-success",
        InvoiceStatus.Disputed => "text-bg-warning",
        InvoiceStatus.Cancelled or InvoiceStatus.Abandoned => "text-bg-dark",
    };
}
