namespace Facturation.Domain.Invoicing;

/// <summary>What a user enters for one line; the order of the list is the order of the lines.</summary>
public sealed record LineDetails(
    LineKind Kind,
    string Description,
    decimal Quantity,
    string? Unit,
    decimal UnitPrice,
    decimal DiscountPercent,
    LineTax? Tax,
    int? GlAccountId = null,
    string? GlAccountNumber = null,
    int? ProductId = null,
    decimal? CostPrice = null,
    int? DossierLineId = null,
    decimal? PreviousPercent = null,
    decimal? CumulativePercent = null,
    int? DeductedInvoiceId = null)
{
    public static LineDetails Item(string description, decimal quantity, decimal unitPrice, LineTax? tax, decimal discountPercent = 0) =>
        new(LineKind.Item, description, quantity, null, unitPrice, discountPercent, tax);
}
