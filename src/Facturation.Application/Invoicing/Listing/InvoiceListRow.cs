using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// One row of the sales-document list, read from the document's stored columns and its customer only (never its
/// lines, ADR-022). Amounts are signed: a credit note's are negative.
/// </summary>
public sealed record InvoiceListRow(
    int Id,
    InvoiceKind Kind,
    InvoiceType Type,
    InvoiceStatus Status,
    string? Number,
    string ProformaNumber,
    int CustomerId,
    string CustomerCode,
    string CustomerName,
    string? IssuedBy,
    DateTime LastModifiedAtUtc,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    DateOnly? DeliveryDate,
    DateOnly? DeliveryPeriodEnd,
    decimal Net,
    decimal Tax,
    decimal Gross,
    decimal Remaining,
    PaymentMethod? PaymentMethod,
    decimal CostedNet,
    decimal CostTotal,
    string? StatementNumber,
    DateTime? SentAtUtc,
    DateTime? ProformaSentAtUtc,
    DateTime? FirstDownloadedAtUtc,
    int? LastReminderLevel = null,
    DateTime? LastReminderAtUtc = null)
{
    public string DisplayNumber => Number ?? ProformaNumber;

    public bool IsDraft => Status == InvoiceStatus.Draft;

    /// <summary>Gross margin rate (seed 002); empty for credit notes, cancellation and penalty invoices.</summary>
    public decimal? MarginRate => HasMargin ? InvoiceMargin.FromStored(CostedNet, CostTotal).MarginRate : null;

    public decimal? MarkupRate => HasMargin ? InvoiceMargin.FromStored(CostedNet, CostTotal).MarkupRate : null;

    private bool HasMargin => Kind == InvoiceKind.Invoice && Type is not (InvoiceType.Cancellation or InvoiceType.Penalty);

    /// <summary>Same rule as <see cref="Invoice.IsOverdue"/>, on the stored columns.</summary>
    public bool IsOverdue(DateOnly today) =>
        Kind == InvoiceKind.Invoice && Status is InvoiceStatus.Final or InvoiceStatus.Sent or InvoiceStatus.PartiallyPaid
        && Remaining > 0 && DueDate is { } due && due < today;
}
