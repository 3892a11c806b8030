using Facturation.Application.Invoicing.Listing;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Web.Api.V1;

/// <summary>
/// One row of <c>GET /api/v1/invoices</c>: the document's stored columns (never its lines: <c>GET /api/v1/invoices/{id}</c>
/// has them). Amounts are signed: a credit note's are negative, as in the summary.
/// </summary>
public sealed record InvoiceListItemDto(
    int Id,
    string? Number,
    string ProformaNumber,
    InvoiceKind Kind,
    InvoiceType Type,
    InvoiceStatus Status,
    int CustomerId,
    string CustomerCode,
    string CustomerName,
    string? IssuedBy,
    DateTime LastModifiedAtUtc,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    DateOnly? DeliveryDate,
    DateOnly? DeliveryPeriodEnd,
    TotalsDto Totals,
    decimal Remaining,
    bool Overdue,
    PaymentMethod? PaymentMethod,
    decimal? MarginRate,
    decimal? MarkupRate,
    string? StatementNumber,
    bool Emailed,
    bool Downloaded)
{
    public static InvoiceListItemDto From(InvoiceListRow row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new InvoiceListItemDto(
            row.Id, row.Number, row.ProformaNumber, row.Kind, row.Type, row.Status, row.CustomerId, row.CustomerCode, row.CustomerName,
            row.IssuedBy, row.LastModifiedAtUtc, row.IssueDate, row.DueDate, row.DeliveryDate, row.DeliveryPeriodEnd,
            new TotalsDto(row.Net, row.Tax, row.Gross), row.Remaining, row.IsOverdue(today), row.PaymentMethod, row.MarginRate, row.MarkupRate,
            row.StatementNumber, row.SentAtUtc is not null || row.ProformaSentAtUtc is not null, row.FirstDownloadedAtUtc is not null);
    }
}
