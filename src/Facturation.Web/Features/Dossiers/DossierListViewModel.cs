using Facturation.Application.Common;
using Facturation.Application.Dossiers;
using Facturation.Domain.Companies;
using Facturation.Domain.Dossiers;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Dossiers;

/// <summary>The dossier list; its HT amounts are in the company currency.</summary>
public sealed record DossierListViewModel(PagedResult<DossierSummaryRow> Dossiers, DossierStatus? Status, string? Search, Currency Currency, string ListUrl)
{
    public PagerModel Pager => new(ListUrl, Search, Dossiers.Page, Dossiers.PageCount, Dossiers.Total);
}
