using Facturation.Domain.Payments;

namespace Facturation.Application.Payments;

/// <summary>
/// One line of a document's settlement: a payment (or refund) allocated to it, or a credit note applied to it
/// (<see cref="PaymentId"/> is then null and <see cref="OtherDocument"/> names the other side).
/// </summary>
public sealed record Settlement(
    int? PaymentId,
    DateOnly Date,
    decimal Amount,
    PaymentMethod? Method,
    PaymentDirection? Direction,
    string? Reference,
    int? OtherDocumentId,
    string? OtherDocument,
    decimal? PaymentTotal)
{
    /// <summary>For a credit note applied: the application (to reverse it) and the credit note it belongs to.</summary>
    public int? CreditApplicationId { get; init; }

    public int? CreditNoteId { get; init; }

    /// <summary>Set when the payment was voided or the credit application reversed: it no longer counts, but stays listed.</summary>
    public SettlementVoid? Voided { get; init; }
}
