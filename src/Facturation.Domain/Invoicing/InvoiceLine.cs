using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>One line of a document: an item with an amount, or a section title / comment without one.</summary>
public sealed partial class InvoiceLine
{
    private InvoiceLine()
    {
    }

    internal InvoiceLine(LineDetails details, int position)
    {
        var field = $"Lines[{position}].";
        Kind = details.Kind;
        Position = position;
        Description = Require.Text(details.Description, field + nameof(Description), "La désignation", 4000);
        Unit = Require.OptionalText(details.Unit, field + nameof(Unit), "L'unité", 20);
        if (Kind != LineKind.Item)
        {
            return;
        }

        if (details.Quantity < 0)
        {
            throw new DomainException("line.quantity_negative", "La quantité ne peut pas être négative (établissez un avoir).", field + nameof(Quantity));
        }

        Quantity = Quantities.UnitPrice(details.Quantity, field + nameof(Quantity), "La quantité");
        UnitPrice = Quantities.UnitPrice(details.UnitPrice, field + nameof(UnitPrice), "Le prix unitaire HT");
        DiscountPercent = Require.Percentage(details.DiscountPercent, field + nameof(DiscountPercent), "La remise");
        Tax = details.Tax;
        GlAccountId = details.GlAccountId;
        GlAccountNumber = details.GlAccountNumber;
        ProductId = details.ProductId;
        CostPrice = details.CostPrice;
        LinkToDossier(details, field);
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public LineKind Kind { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public decimal Quantity { get; private set; }

    public string? Unit { get; private set; }

    /// <summary>Unit price net of tax, up to 4 decimals.</summary>
    public decimal UnitPrice { get; private set; }

    public decimal DiscountPercent { get; private set; }

    public LineTax? Tax { get; private set; }

    public int? GlAccountId { get; private set; }

    public string? GlAccountNumber { get; private set; }

    public int? ProductId { get; private set; }

    public decimal? CostPrice { get; private set; }

    /// <summary>Quantity × price × (1 − discount), rounded to the cent; 0 for titles and comments.</summary>
    public decimal Net => Kind == LineKind.Item ? ProgressShare(Money.Round(Quantity * UnitPrice * (1 - (DiscountPercent / 100m)))) : 0m;

    /// <summary>Dolibarr's "Offert": a 100 % discount.</summary>
    public bool IsOffered => Kind == LineKind.Item && DiscountPercent == 100m && Quantity > 0;

    /// <summary>Dolibarr's "Option": quantity 0, shown but excluded from the totals.</summary>
    public bool IsOption => Kind == LineKind.Item && Quantity == 0;

    public LineDetails ToDetails() =>
        new(Kind, Description, Quantity, Unit, UnitPrice, DiscountPercent, Tax, GlAccountId, GlAccountNumber, ProductId, CostPrice, DossierLineId, PreviousPercent, CumulativePercent, DeductedInvoiceId);
}
