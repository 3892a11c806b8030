using Facturation.Application.Invoicing.Listing;

namespace Facturation.Web.Api.V1;

/// <summary>
/// <c>GET /api/v1/invoices</c>: the page envelope <c>{items, total, page, pageSize}</c>, plus <c>summary</c> (count and signed
/// totals over every filtered row) and <c>next</c>, the <c>after=</c> cursor of the next page in the default order (null otherwise).
/// </summary>
public sealed record InvoiceListDto(IReadOnlyList<InvoiceListItemDto> Items, int Total, int Page, int PageSize, InvoiceListSummary Summary, string? Next)
{
    public static InvoiceListDto From(InvoiceListPage page, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.Rows.Items.Select(r => InvoiceListItemDto.From(r, today)).ToList(), page.Rows.Total, page.Rows.Page, page.Rows.PageSize, page.Summary, page.NextCursor);
    }
}
