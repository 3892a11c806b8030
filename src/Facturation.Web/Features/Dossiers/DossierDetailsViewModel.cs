using Facturation.Domain.Dossiers;

namespace Facturation.Web.Features.Dossiers;

public sealed record DossierDetailsViewModel(DossierBilling Billing, string CustomerName)
{
    public Dossier Dossier => Billing.Dossier;

    public DossierBillingSummary Summary { get; } = Billing.Summary();
}
