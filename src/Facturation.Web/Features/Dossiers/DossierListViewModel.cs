using Facturation.Application.Common;
using Facturation.Application.Dossiers;
using Facturation.Domain.Dossiers;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Dossiers;

public sealed record DossierListViewModel(PagedResult<DossierSummaryRow> Dossiers, DossierStatus? Status, string? Search)
{
    public PagerModel Pager => new("/Dossiers", Search, Dossiers.Page, Dossiers.PageCount, Dossiers.Total);
}
