using Facturation.Application.Invoicing.Listing;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing;

/// <summary>
/// Filters, sort and page of the invoice list (screens and <c>GET /api/v1/invoices</c>); <see cref="NotDownloaded"/>: issued
/// documents nobody has downloaded yet. <see cref="Quick"/> filters combine (AND); <see cref="Statuses"/> adds to
/// <see cref="Status"/> (any of them); <see cref="DateField"/> says which date From/To read; <see cref="After"/> is the
/// opaque keyset cursor of the default order (ADR-022); <see cref="ActivityId"/>: documents of one activity (ADR-027).
/// </summary>
public sealed record InvoiceListQuery(
    InvoiceStatus? Status = null,
    int? CustomerId = null,
    InvoiceKind? Kind = null,
    string? Search = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Sort = null,
    bool Descending = true,
    int Page = 1,
    int PageSize = Common.ListQuery.DefaultPageSize,
    bool NotDownloaded = false,
    bool Overdue = false,
    IReadOnlyList<QuickFilter>? Quick = null,
    ListDateField DateField = ListDateField.Issue,
    IReadOnlyList<InvoiceStatus>? Statuses = null,
    string? After = null,
    int? ActivityId = null)
{
    public Common.ListQuery Paging => new(Search, Page, PageSize);
}
