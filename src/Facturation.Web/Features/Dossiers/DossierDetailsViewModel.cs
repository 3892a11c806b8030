using Facturation.Domain.Companies;
using Facturation.Domain.Dossiers;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Dossiers;

/// <summary>The dossier page: its billing, its Actions menu, and the company currency its HT figures are in.</summary>
public sealed record DossierDetailsViewModel(DossierBilling Billing, string CustomerName, ActionMenu Actions, Currency Currency)
{
    public Dossier Dossier => Billing.Dossier;

    public DossierBillingSummary Summary { get; } = Billing.Summary();
}
