using Facturation.Application.Payments;
using Facturation.Domain.Payments;

namespace Facturation.Web.Api.V1;

/// <summary>
/// One settlement of a document in <c>GET /invoices/{id}</c>: a payment or refund (<c>paymentId</c>, <c>method</c>),
/// or a credit note applied (<c>documentId</c>/<c>documentNumber</c> of the other side).
/// </summary>
public sealed record PaymentEntryDto(
    int? PaymentId,
    DateOnly Date,
    decimal Amount,
    PaymentMethod? Method,
    PaymentDirection? Direction,
    string? Reference,
    int? DocumentId,
    string? DocumentNumber)
{
    public static PaymentEntryDto From(Settlement settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        return new(settlement.PaymentId, settlement.Date, settlement.Amount, settlement.Method, settlement.Direction, settlement.Reference, settlement.OtherDocumentId, settlement.OtherDocument);
    }
}
