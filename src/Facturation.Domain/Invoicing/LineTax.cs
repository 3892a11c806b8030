using Facturation.Domain.Taxes;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// The tax code of a line as it was when the line was written: a final invoice keeps its rates even if the
/// tax code is changed or deactivated later.
/// </summary>
public sealed record LineTax(int TaxCodeId, string Code, IReadOnlyList<TaxComponent> Components, string? ExemptionMention, VatCategory? Category = null, string? ExemptionReasonCode = null)
{
    /// <summary>The EN 16931 category; snapshots written before categories existed derive it from the rate.</summary>
    public VatCategory EffectiveCategory => Category ?? (Components.Sum(c => c.Rate) == 0 ? VatCategory.E : VatCategory.S);

    public static LineTax From(TaxCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new LineTax(code.Id, code.Code, code.Components.ToList(), code.ExemptionMention, code.EffectiveCategory, code.ExemptionReasonCode);
    }
}
