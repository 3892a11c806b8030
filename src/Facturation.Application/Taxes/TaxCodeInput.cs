using Facturation.Application.Common;
using Facturation.Domain.Taxes;

namespace Facturation.Application.Taxes;

/// <summary>A tax code as posted by the form. <see cref="Code"/> is only taken on creation.</summary>
public sealed class TaxCodeInput
{
    public string? Code { get; set; }

    public string? Label { get; set; }

    public List<TaxComponentInput> Components { get; set; } = [];

    public string? ExemptionMention { get; set; }

    /// <summary>EN 16931 VAT category (S, Z, E, AE, K, G, O); null: S for a rate, E for 0 %.</summary>
    public VatCategory? Category { get; set; }

    /// <summary>VATEX exemption code (BT-121), e.g. VATEX-FR-FRANCHISE.</summary>
    public string? ExemptionReasonCode { get; set; }

    public IEnumerable<TaxComponent> ToComponents() => Components
        .Where(c => !c.IsBlank)
        .Select(c => new TaxComponent(c.Name ?? string.Empty, c.Rate ?? 0m));

    public static TaxCodeInput From(TaxCode taxCode)
    {
        ArgumentNullException.ThrowIfNull(taxCode);
        return new TaxCodeInput
        {
            Code = taxCode.Code,
            Label = taxCode.Label,
            Components = taxCode.Components.Select(c => new TaxComponentInput { Name = c.Name, Rate = c.Rate.Normalize() }).ToList(),
            ExemptionMention = taxCode.ExemptionMention,
            Category = taxCode.Category,
            ExemptionReasonCode = taxCode.ExemptionReasonCode,
        };
    }
}
