using Facturation.Application.Customers;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Api.V1;

/// <summary>A document as the API returns it; amounts are numbers, dates yyyy-MM-dd, enums strings.</summary>
public sealed record InvoiceDto(
    int Id,
    string? Number,
    string ProformaNumber,
    InvoiceKind Kind,
    InvoiceType Type,
    InvoiceStatus Status,
    int CustomerId,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    Currency Currency,
    string? Reference,
    string? PublicNote,
    int? OriginInvoiceId,
    IReadOnlyList<InvoiceLineDto> Lines,
    IReadOnlyList<TaxBreakdownDto> TaxBreakdown,
    TotalsDto Totals,
    MarginDto Margin,
    IReadOnlyList<HistoryEntryDto> History,
    decimal Paid = 0,
    decimal Credited = 0,
    decimal Remaining = 0,
    bool Overdue = false,
    int? CancelledById = null,
    int? ReplacedById = null,
    IReadOnlyList<PaymentEntryDto>? Payments = null,
    DocumentCustomerDto? Customer = null,
    AddressDto? DeliveryAddress = null,
    int? LastReminderLevel = null,
    DateTime? LastReminderAt = null,
    bool InLitigation = false,
    int? ActivityId = null,
    int? DossierId = null,
    string? AuthorId = null)
{
    public static InvoiceDto From(Invoice invoice, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var totals = invoice.Totals;
        var margin = invoice.Margin;
        return new InvoiceDto(
            invoice.Id,
            invoice.Number,
            invoice.ProformaNumber,
            invoice.Kind,
            invoice.Type,
            invoice.Status,
            invoice.CustomerId,
            invoice.IssueDate,
            invoice.DueDate,
            invoice.Currency,
            invoice.CustomerReference,
            invoice.PublicNote,
            invoice.OriginInvoiceId,
            invoice.Lines.OrderBy(l => l.Position).Select(InvoiceLineDto.From).ToList(),
            totals.Breakdown.Select(r => new TaxBreakdownDto(r.TaxCode, r.Component, r.Rate, r.Base, r.Amount)).ToList(),
            new TotalsDto(totals.Net, totals.Tax, totals.Gross),
            new MarginDto(margin.CostTotal, margin.Amount, margin.MarginRate, margin.MarkupRate),
            invoice.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new HistoryEntryDto(h.AtUtc, h.UserName, h.Action, h.Details)).ToList(),
            invoice.PaidAmount,
            invoice.CreditedAmount,
            invoice.IsDraft ? invoice.TotalGross : invoice.Remaining,
            invoice.IsOverdue(today),
            invoice.CancelledById,
            invoice.ReplacedById,
            DeliveryAddress: invoice.DeliveryAddress is { } delivery ? AddressDto.From(delivery) : null,
            LastReminderLevel: invoice.LastReminderLevel,
            LastReminderAt: invoice.LastReminderAtUtc,
            InLitigation: invoice.InLitigation,
            ActivityId: invoice.ActivityId,
            DossierId: invoice.DossierId,
            AuthorId: invoice.AuthorId);
    }
}
