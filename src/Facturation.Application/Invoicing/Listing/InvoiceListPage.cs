using Facturation.Application.Common;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>One page of the list, the totals over every filtered row, and the keyset cursor of the next page (null when none or not applicable).</summary>
public sealed record InvoiceListPage(PagedResult<InvoiceListRow> Rows, InvoiceListSummary Summary, string? NextCursor);
