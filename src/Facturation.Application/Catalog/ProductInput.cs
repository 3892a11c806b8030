using Facturation.Domain.Catalog;

namespace Facturation.Application.Catalog;

/// <summary>A product as posted by the form (and, later, by the API).</summary>
public sealed class ProductInput
{
    public string? Code { get; set; }

    public string? Label { get; set; }

    public string? Description { get; set; }

    public string? Unit { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal? CostPrice { get; set; }

    public int? DefaultTaxCodeId { get; set; }

    public int? DefaultGlAccountId { get; set; }

    public ProductDetails ToDetails() => new(
        Code ?? string.Empty,
        Label ?? string.Empty,
        Description,
        Unit,
        UnitPrice,
        CostPrice,
        DefaultTaxCodeId,
        DefaultGlAccountId);

    public static ProductInput From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new ProductInput
        {
            Code = product.Code,
            Label = product.Label,
            Description = product.Description,
            Unit = product.Unit,
            UnitPrice = product.UnitPrice,
            CostPrice = product.CostPrice,
            DefaultTaxCodeId = product.DefaultTaxCodeId,
            DefaultGlAccountId = product.DefaultGlAccountId,
        };
    }
}
