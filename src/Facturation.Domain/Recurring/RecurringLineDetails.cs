using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Recurring;

/// <summary>
/// One line of a recurring invoice as entered (the same shape as a draft's line): references are kept by code and
/// resolved at each occurrence, so a product's or tax code's current values apply.
/// </summary>
public sealed record RecurringLineDetails(
    LineKind Kind,
    string? Description,
    decimal? Quantity,
    string? Unit,
    decimal? UnitPrice,
    decimal? DiscountPercent,
    string? TaxCode,
    string? GlAccount,
    int? ProductId);
