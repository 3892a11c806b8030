using Facturation.Application.Payments;
using Facturation.Domain.Payments;

namespace Facturation.Web.Api.V1;

/// <summary>
/// One settlement of a document in <c>GET /invoices/{id}</c>: a payment or refund (<c>paymentId</c>, <c>method</c>),
/// or a credit note applied (<c>documentId</c>/<c>documentNumber</c> of the other side, <c>creditApplicationId</c>).
/// A voided payment or reversed application stays listed with <c>status</c> <c>Voided</c> and who/when/why.
/// </summary>
public sealed record PaymentEntryDto(
    int? PaymentId,
    DateOnly Date,
    decimal Amount,
    PaymentMethod? Method,
    PaymentDirection? Direction,
    string? Reference,
    int? DocumentId,
    string? DocumentNumber,
    int? CreditApplicationId,
    PaymentStatus Status,
    DateTime? VoidedAt,
    string? VoidedBy,
    string? VoidReason)
{
    public static PaymentEntryDto From(Settlement settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        var voided = settlement.Voided;
        return new(
            settlement.PaymentId,
            settlement.Date,
            settlement.Amount,
            settlement.Method,
            settlement.Direction,
            settlement.Reference,
            settlement.OtherDocumentId,
            settlement.OtherDocument,
            settlement.CreditApplicationId,
            voided is null ? PaymentStatus.Recorded : PaymentStatus.Voided,
            voided?.AtUtc,
            voided?.By,
            voided?.Reason);
    }
}
