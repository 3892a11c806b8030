using Facturation.Application.Common;
using Facturation.Domain.Taxes;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.TaxCodes;

public sealed record TaxCodeListViewModel(PagedResult<TaxCode> TaxCodes, string? Search, string ListUrl)
{
    public PagerModel Pager => new(ListUrl, Search, TaxCodes.Page, TaxCodes.PageCount, TaxCodes.Total);
}
