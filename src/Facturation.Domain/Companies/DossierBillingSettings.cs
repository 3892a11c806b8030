using Facturation.Domain.Common;
using Facturation.Domain.Dossiers;

namespace Facturation.Domain.Companies;

/// <summary>
/// How the company bills its dossiers: deposits as mere payment requests in their own AC series, how situations
/// deduct deposits by default, and the templates of situation lines. Placeholders: {numero} (situation number),
/// {dossier} (dossier number), {nom} (dossier name), {designation} (line description), {cumul} (cumulative %).
/// </summary>
public sealed record DossierBillingSettings(
    bool DepositsAsPaymentRequests,
    DepositDeduction DefaultDeduction,
    string SituationTitleTemplate,
    string SituationLineTemplate)
{
    public const string DefaultTitleTemplate = "Situation n° {numero} - dossier {dossier} ({nom})";

    public const string DefaultLineTemplate = "{designation} - avancement {cumul} %";

    public static DossierBillingSettings Default { get; } = new(false, DepositDeduction.Full, DefaultTitleTemplate, DefaultLineTemplate);

    public DossierBillingSettings Validated() => this with
    {
        SituationTitleTemplate = Require.Text(SituationTitleTemplate, nameof(SituationTitleTemplate), "Le modèle de titre", 200),
        SituationLineTemplate = Require.Text(SituationLineTemplate, nameof(SituationLineTemplate), "Le modèle de désignation", 500),
    };

    public string Title(int situationNumber, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return SituationTitleTemplate
            .Replace("{numero}", situationNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{dossier}", dossier.Number, StringComparison.Ordinal)
            .Replace("{nom}", dossier.Name, StringComparison.Ordinal);
    }

    public string LineDescription(DossierLine line, decimal cumulativePercent)
    {
        ArgumentNullException.ThrowIfNull(line);
        return SituationLineTemplate
            .Replace("{designation}", line.Description, StringComparison.Ordinal)
            .Replace("{cumul}", cumulativePercent.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
    }
}
