namespace Facturation.Application.Taxes;

/// <summary>One row of the tax code form: a tax name and its rate in percent (20, 9.975). A blank row is ignored.</summary>
public sealed class TaxComponentInput
{
    public string? Name { get; set; }

    public decimal? Rate { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Rate is null;
}
