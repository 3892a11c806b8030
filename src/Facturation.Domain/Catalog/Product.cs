using Facturation.Domain.Common;

namespace Facturation.Domain.Catalog;

/// <summary>A product or service whose defaults fill an invoice line.</summary>
public sealed class Product : IDeactivatable
{
    private Product()
    {
    }

    public Product(ProductDetails details) => Update(details);

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Label { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public string? Unit { get; private set; }

    /// <summary>Unit price net of tax, up to 4 decimals.</summary>
    public decimal UnitPrice { get; private set; }

    /// <summary>Purchase or production cost, for margin and markup.</summary>
    public decimal? CostPrice { get; private set; }

    public int? DefaultTaxCodeId { get; private set; }

    public int? DefaultGlAccountId { get; private set; }

    public bool Active { get; private set; } = true;

    public void Update(ProductDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Code = Require.Code(details.Code, nameof(Code), "Le code", 30);
        Label = Require.Text(details.Label, nameof(Label), "Le libellé", 200);
        Description = Require.OptionalText(details.Description, nameof(Description), "La description", 4000);
        Unit = Require.OptionalText(details.Unit, nameof(Unit), "L'unité", 20);
        UnitPrice = Quantities.UnitPrice(details.UnitPrice, nameof(UnitPrice), "Le prix unitaire HT");
        CostPrice = details.CostPrice is { } cost ? Quantities.UnitPrice(Require.NonNegative(cost, nameof(CostPrice), "Le prix de revient"), nameof(CostPrice), "Le prix de revient") : null;
        DefaultTaxCodeId = details.DefaultTaxCodeId;
        DefaultGlAccountId = details.DefaultGlAccountId;
    }

    public void Deactivate() => Active = false;

    public void Reactivate() => Active = true;

    public void SetActive(bool active) => Active = active;
}
