namespace Facturation.Domain.Catalog;

public sealed record ProductDetails(
    string Code,
    string Label,
    string? Description,
    string? Unit,
    decimal UnitPrice,
    decimal? CostPrice,
    int? DefaultTaxCodeId,
    int? DefaultGlAccountId);
