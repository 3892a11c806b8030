namespace Facturation.Domain.Companies;

public sealed partial class Company
{
    public DossierBillingSettings DossierBilling { get; private set; } = DossierBillingSettings.Default;

    public void UpdateDossierBilling(DossierBillingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DossierBilling = settings.Validated();
    }
}
