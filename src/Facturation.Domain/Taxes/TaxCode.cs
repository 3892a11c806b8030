using Facturation.Domain.Common;

namespace Facturation.Domain.Taxes;

/// <summary>
/// A tax code put on invoice lines. Each component is computed on the same base (Québec TPS and TVQ are
/// both applied to the net amount, not compounded).
/// </summary>
public sealed partial class TaxCode : IDeactivatable
{
    private readonly List<TaxComponent> _components = [];

    private TaxCode()
    {
    }

    public TaxCode(string code, string label, IEnumerable<TaxComponent> components, string? exemptionMention, VatCategory? category = null, string? exemptionReasonCode = null)
    {
        Code = Require.Code(code, nameof(Code), "Le code", 20);
        Update(label, components, exemptionMention, category, exemptionReasonCode);
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Label { get; private set; } = string.Empty;

    public IReadOnlyList<TaxComponent> Components => _components;

    /// <summary>Legal mention printed when the code carries no tax, e.g. "TVA non applicable, art. 293 B du CGI".</summary>
    public string? ExemptionMention { get; private set; }

    /// <summary>The EN 16931 VAT category; null: derived from the rate (<see cref="EffectiveCategory"/>).</summary>
    public VatCategory? Category { get; private set; }

    /// <summary>The VATEX code of the exemption (BT-121), e.g. VATEX-FR-FRANCHISE; null when none applies.</summary>
    public string? ExemptionReasonCode { get; private set; }

    public VatCategory EffectiveCategory => Category ?? (IsExempt ? VatCategory.E : VatCategory.S);

    public bool Active { get; private set; } = true;

    public decimal TotalRate => _components.Sum(c => c.Rate);

    public bool IsExempt => TotalRate == 0;

    public void Update(string label, IEnumerable<TaxComponent> components, string? exemptionMention, VatCategory? category = null, string? exemptionReasonCode = null)
    {
        ArgumentNullException.ThrowIfNull(components);
        Label = Require.Text(label, nameof(Label), "Le libellé", 100);
        var list = components.ToList();
        if (list.Count == 0)
        {
            throw new DomainException("tax_code.components_required", "Un code de taxe a au moins une composante.", nameof(Components));
        }

        for (var i = 0; i < list.Count; i++)
        {
            Require.Text(list[i].Name, $"Components[{i}].Name", "Le nom de la taxe", 30);
            Require.Percentage(list[i].Rate, $"Components[{i}].Rate", "Le taux");
            if (decimal.Round(list[i].Rate, 4) != list[i].Rate)
            {
                throw new DomainException("field.precision", "Le taux accepte au plus 4 décimales.", $"Components[{i}].Rate");
            }
        }

        if (list.Select(c => c.Name.Trim().ToUpperInvariant()).Distinct().Count() != list.Count)
        {
            throw new DomainException("tax_code.duplicate_component", "Chaque composante doit avoir un nom différent.", nameof(Components));
        }

        ExemptionMention = Require.OptionalText(exemptionMention, nameof(ExemptionMention), "La mention d'exonération", 300);
        if (list.Sum(c => c.Rate) == 0 && ExemptionMention is null)
        {
            throw new DomainException("tax_code.exemption_required", "Un taux de 0 % exige une mention d'exonération (ex. « TVA non applicable, art. 293 B du CGI »).", nameof(ExemptionMention));
        }

        var rated = list.Sum(c => c.Rate) != 0;
        if (category is { } chosen && (chosen == VatCategory.S) != rated)
        {
            throw new DomainException("tax_code.category_rate", "La catégorie S (taux normal) exige un taux non nul ; les autres catégories, un taux de 0 %.", nameof(Category));
        }

        Category = category;
        ExemptionReasonCode = Require.OptionalText(exemptionReasonCode?.Trim().ToUpperInvariant(), nameof(ExemptionReasonCode), "Le code VATEX", 30);
        if (ExemptionReasonCode is { } vatex && !vatex.StartsWith("VATEX-", StringComparison.Ordinal))
        {
            throw new DomainException("tax_code.vatex", "Le code d'exonération doit être un code VATEX (ex. VATEX-FR-FRANCHISE).", nameof(ExemptionReasonCode));
        }

        _components.Clear();
        _components.AddRange(list.Select(c => c with { Name = c.Name.Trim() }));
    }

    public void Deactivate() => Active = false;

    public void Reactivate() => Active = true;

    public void SetActive(bool active) => Active = active;
}
