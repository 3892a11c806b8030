using Facturation.Application.Common;
using Facturation.Domain.Taxes;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.TaxCodes;

public sealed record TaxCodeListViewModel(PagedResult<TaxCode> TaxCodes, string? Search)
{
    public PagerModel Pager => new("/TaxCodes", Search, TaxCodes.Page, TaxCodes.PageCount, TaxCodes.Total);
}
