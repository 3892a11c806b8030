using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;

namespace Facturation.Web.Api.V1;

/// <summary>A recurring invoice's line, in the same shape (and with the same names) as a draft's posted line.</summary>
public sealed record RecurringInvoiceLineDto(
    LineKind Kind,
    string? Description,
    decimal? Quantity,
    string? Unit,
    decimal? UnitPrice,
    decimal? DiscountPercent,
    string? TaxCode,
    string? GlAccount,
    int? ProductId)
{
    public static RecurringInvoiceLineDto From(RecurringInvoiceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Kind, line.Description, line.Quantity, line.Unit, line.UnitPrice, line.DiscountPercent, line.TaxCode, line.GlAccount, line.ProductId);
    }
}
