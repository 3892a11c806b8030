using Facturation.Application.Catalog;
using Facturation.Application.Common;
using Facturation.Domain.Catalog;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Products;

public sealed record ProductListViewModel(PagedResult<Product> Products, string? Search, ProductReferences References, string ListUrl)
{
    public PagerModel Pager => new(ListUrl, Search, Products.Page, Products.PageCount, Products.Total);
}
