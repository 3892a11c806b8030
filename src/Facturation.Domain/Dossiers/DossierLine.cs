using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Dossiers;

/// <summary>One ordered item of a dossier: what the customer ordered, at what price, with which tax.</summary>
public sealed class DossierLine
{
    private DossierLine()
    {
    }

    internal DossierLine(LineDetails details, int position)
    {
        var field = $"Lines[{position}].";
        if (details.Kind != LineKind.Item)
        {
            throw new DomainException("dossier.line_kind", "Un dossier ne contient que des lignes avec un montant.", field + nameof(Description));
        }

        if (details.Quantity <= 0)
        {
            throw new DomainException("dossier.line_quantity", "La quantité commandée doit être positive.", field + nameof(Quantity));
        }

        if (details.UnitPrice < 0)
        {
            throw new DomainException("dossier.line_price", "Le prix unitaire ne peut pas être négatif.", field + nameof(UnitPrice));
        }

        Position = position;
        Description = Require.Text(details.Description, field + nameof(Description), "La désignation", 4000);
        Unit = Require.OptionalText(details.Unit, field + nameof(Unit), "L'unité", 20);
        Quantity = Quantities.UnitPrice(details.Quantity, field + nameof(Quantity), "La quantité");
        UnitPrice = Quantities.UnitPrice(details.UnitPrice, field + nameof(UnitPrice), "Le prix unitaire HT");
        DiscountPercent = Require.Percentage(details.DiscountPercent, field + nameof(DiscountPercent), "La remise");
        Tax = details.Tax ?? throw new DomainException("dossier.line_tax", $"Ligne {position + 1} : choisissez un code de taxe.", field + "TaxCode");
        GlAccountId = details.GlAccountId;
        GlAccountNumber = details.GlAccountNumber;
        ProductId = details.ProductId;
        CostPrice = details.CostPrice;
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public decimal Quantity { get; private set; }

    public string? Unit { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal DiscountPercent { get; private set; }

    public LineTax Tax { get; private set; } = null!;

    public int? GlAccountId { get; private set; }

    public string? GlAccountNumber { get; private set; }

    public int? ProductId { get; private set; }

    public decimal? CostPrice { get; private set; }

    /// <summary>The ordered amount net of tax, rounded to the cent as on an invoice line.</summary>
    public decimal Net => Money.Round(Quantity * UnitPrice * (1 - (DiscountPercent / 100m)));

    /// <summary>The line as an invoice line for <paramref name="quantity"/>, linked back to this dossier line.</summary>
    public LineDetails ToInvoiceLine(decimal quantity, string? description = null) =>
        new(LineKind.Item, description ?? Description, quantity, Unit, UnitPrice, DiscountPercent, Tax, GlAccountId, GlAccountNumber, ProductId, CostPrice, DossierLineId: Id);

    /// <summary>The whole ordered line billed from <paramref name="previousPercent"/> to <paramref name="cumulativePercent"/> of progress.</summary>
    public LineDetails ToProgressLine(decimal previousPercent, decimal cumulativePercent, string description) =>
        ToInvoiceLine(Quantity, description) with { PreviousPercent = previousPercent, CumulativePercent = cumulativePercent };
}
