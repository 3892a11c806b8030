using Facturation.Application.Common;
using Facturation.Domain.Taxes;

namespace Facturation.Application.Taxes;

/// <summary>The public JSON shape of a tax code (<c>/api/v1/tax-codes</c>); rates are in percent (20, 9.975).</summary>
public sealed record TaxCodeDto(
    int Id,
    string Code,
    string Label,
    IReadOnlyList<TaxComponentDto> Components,
    string? ExemptionMention,
    bool Active,
    VatCategory Category,
    string? ExemptionReasonCode)
{
    public static TaxCodeDto From(TaxCode t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TaxCodeDto(
            t.Id, t.Code, t.Label,
            t.Components.Select(c => new TaxComponentDto(c.Name, c.Rate.Normalize())).ToList(),
            t.ExemptionMention, t.Active, t.EffectiveCategory, t.ExemptionReasonCode);
    }
}
