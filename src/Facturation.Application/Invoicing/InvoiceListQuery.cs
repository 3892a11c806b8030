using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing;

/// <summary>Filters, sort and page of the invoice list (screens and <c>GET /api/v1/invoices</c>); <see cref="NotDownloaded"/>: issued documents nobody has downloaded yet.</summary>
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
    bool Overdue = false)
{
    public Common.ListQuery Paging => new(Search, Page, PageSize);
}
