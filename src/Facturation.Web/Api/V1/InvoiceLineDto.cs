using Facturation.Domain.Invoicing;

namespace Facturation.Web.Api.V1;

public sealed record InvoiceLineDto(
    int Position,
    LineKind Kind,
    string Description,
    decimal Quantity,
    decimal UnitPrice,
    decimal DiscountPercent,
    string? TaxCode,
    string? GlAccount,
    int? ProductId,
    decimal Net)
{
    public static InvoiceLineDto From(InvoiceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Position, line.Kind, line.Description, line.Quantity, line.UnitPrice, line.DiscountPercent, line.Tax?.Code, line.GlAccountNumber, line.ProductId, line.Net);
    }
}
