using Facturation.Domain.Catalog;
using Facturation.Domain.Common;

namespace Facturation.Domain.Tests.Catalog;

public sealed class ProductTests
{
    private static ProductDetails Details(decimal price, decimal? cost = null) => new("p1", "Produit", null, "u", price, cost, null, null);

    [Fact]
    public void Unit_price_keeps_four_decimals()
    {
        Assert.Equal(12.3456m, new Product(Details(12.3456m)).UnitPrice);
    }

    [Fact]
    public void Unit_price_with_five_decimals_is_refused_on_its_field()
    {
        var error = Assert.Throws<DomainException>(() => new Product(Details(12.34567m)));

        Assert.Equal(nameof(Product.UnitPrice), error.Field);
    }

    [Fact]
    public void Negative_cost_price_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => new Product(Details(10m, -1m)));

        Assert.Equal(nameof(Product.CostPrice), error.Field);
    }

    [Fact]
    public void Label_is_required()
    {
        var error = Assert.Throws<DomainException>(() => new Product(Details(1m) with { Label = "  " }));

        Assert.Equal(("field.required", nameof(Product.Label)), (error.Code, error.Field));
    }
}
