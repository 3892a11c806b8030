using Facturation.Application.Common;
using Facturation.Domain.Catalog;

namespace Facturation.Application.Catalog;

/// <summary>The public JSON shape of a product (<c>/api/v1/products</c>); field names are a contract.</summary>
public sealed record ProductDto(
    int Id,
    string Code,
    string Label,
    string? Description,
    string? Unit,
    decimal UnitPrice,
    decimal? CostPrice,
    int? DefaultTaxCodeId,
    int? DefaultGlAccountId,
    bool Active)
{
    public static ProductDto From(Product p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ProductDto(
            p.Id, p.Code, p.Label, p.Description, p.Unit, p.UnitPrice.Normalize(), p.CostPrice.Normalize(), p.DefaultTaxCodeId, p.DefaultGlAccountId, p.Active);
    }
}
