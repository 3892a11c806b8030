using Facturation.Application.Common;
using Facturation.Application.Recurring;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.RecurringInvoices;

public sealed record RecurringInvoiceListViewModel(PagedResult<RecurringInvoiceListItem> Templates, string? Search, string ListUrl)
{
    public PagerModel Pager => new(ListUrl, Search, Templates.Page, Templates.PageCount, Templates.Total);
}
