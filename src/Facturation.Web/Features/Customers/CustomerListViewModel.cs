using Facturation.Application.Common;
using Facturation.Domain.Customers;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Customers;

public sealed record CustomerListViewModel(PagedResult<Customer> Customers, string? Search)
{
    public PagerModel Pager => new("/Customers", Search, Customers.Page, Customers.PageCount, Customers.Total);
}
