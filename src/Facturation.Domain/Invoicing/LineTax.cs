using Facturation.Domain.Taxes;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// The tax code of a line as it was when the line was written: a final invoice keeps its rates even if the
/// tax code is changed or deactivated later.
/// </summary>
public sealed record LineTax(int TaxCodeId, string Code, IReadOnlyList<TaxComponent> Components, string? ExemptionMention)
{
    public static LineTax From(TaxCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new LineTax(code.Id, code.Code, code.Components.ToList(), code.ExemptionMention);
    }
}
