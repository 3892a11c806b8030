using Facturation.Application.Common;
using Facturation.Domain.Customers;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Customers;

public sealed record CustomerListViewModel(PagedResult<Customer> Customers, string? Search, string ListUrl)
{
    public PagerModel Pager => new(ListUrl, Search, Customers.Page, Customers.PageCount, Customers.Total);
}
