using Facturation.Domain.Companies;
using Facturation.Domain.Dossiers;

namespace Facturation.Application.Dossiers;

/// <summary>The dossier billing settings form.</summary>
public sealed class DossierBillingSettingsInput
{
    public bool DepositsAsPaymentRequests { get; set; }

    public DepositDeduction DefaultDeduction { get; set; }

    public string? SituationTitleTemplate { get; set; }

    public string? SituationLineTemplate { get; set; }

    public static DossierBillingSettingsInput From(DossierBillingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            DepositsAsPaymentRequests = settings.DepositsAsPaymentRequests,
            DefaultDeduction = settings.DefaultDeduction,
            SituationTitleTemplate = settings.SituationTitleTemplate,
            SituationLineTemplate = settings.SituationLineTemplate,
        };
    }

    public DossierBillingSettings ToSettings() =>
        new(DepositsAsPaymentRequests, DefaultDeduction, SituationTitleTemplate ?? string.Empty, SituationLineTemplate ?? string.Empty);
}
