using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing;

/// <summary>One line as posted by the editor or the API; a product fills what is left empty.</summary>
public sealed class InvoiceLineInput
{
    public LineKind Kind { get; set; } = LineKind.Item;

    public string? Description { get; set; }

    public decimal? Quantity { get; set; }

    public string? Unit { get; set; }

    public decimal? UnitPrice { get; set; }

    public decimal? DiscountPercent { get; set; }

    /// <summary>The tax code's code (e.g. "TVA20").</summary>
    public string? TaxCode { get; set; }

    /// <summary>The GL account's number (e.g. "706000").</summary>
    public string? GlAccount { get; set; }

    public int? ProductId { get; set; }

    /// <summary>The dossier line billed ("line from a dossier"); what is left empty is copied from it.</summary>
    public int? DossierLineId { get; set; }

    /// <summary>Progress of a situation or balance line, in percent (kept when a draft is edited).</summary>
    public decimal? PreviousPercent { get; set; }

    public decimal? CumulativePercent { get; set; }

    /// <summary>The earlier document a deduction line deducts.</summary>
    public int? DeductedInvoiceId { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Description) && ProductId is null && DossierLineId is null && Quantity is null && UnitPrice is null;
}
