using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Recurring;

/// <summary>A line of a <see cref="RecurringInvoiceTemplate"/>; replaced as a whole when the template is edited.</summary>
public sealed class RecurringInvoiceLine
{
    private RecurringInvoiceLine()
    {
    }

    internal RecurringInvoiceLine(int position, RecurringLineDetails details)
    {
        Position = position;
        (Kind, Description, Quantity, Unit, UnitPrice, DiscountPercent, TaxCode, GlAccount, ProductId) =
            (details.Kind, details.Description, details.Quantity, details.Unit, details.UnitPrice, details.DiscountPercent,
             details.TaxCode?.Trim().ToUpperInvariant(), details.GlAccount?.Trim().ToUpperInvariant(), details.ProductId);
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public LineKind Kind { get; private set; }

    /// <summary>The designation, placeholders included ("Maintenance {mois} {année}").</summary>
    public string? Description { get; private set; }

    public decimal? Quantity { get; private set; }

    public string? Unit { get; private set; }

    public decimal? UnitPrice { get; private set; }

    public decimal? DiscountPercent { get; private set; }

    public string? TaxCode { get; private set; }

    public string? GlAccount { get; private set; }

    public int? ProductId { get; private set; }

    public RecurringLineDetails Details => new(Kind, Description, Quantity, Unit, UnitPrice, DiscountPercent, TaxCode, GlAccount, ProductId);
}
