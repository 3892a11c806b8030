using Facturation.Domain.Dossiers;

namespace Facturation.Application.Dossiers;

/// <summary>Filters and page of the dossier list.</summary>
public sealed record DossierListQuery(DossierStatus? Status = null, int? CustomerId = null, string? Search = null, int Page = 1, int PageSize = Common.ListQuery.DefaultPageSize)
{
    public Common.ListQuery Paging => new(Search, Page, PageSize);
}
