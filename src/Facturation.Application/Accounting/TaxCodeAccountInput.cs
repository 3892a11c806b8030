namespace Facturation.Application.Accounting;

public sealed class TaxCodeAccountInput
{
    public string? Code { get; set; }

    /// <summary>Shown on the form only.</summary>
    public string? Label { get; set; }

    public string? VatAccount { get; set; }
}
