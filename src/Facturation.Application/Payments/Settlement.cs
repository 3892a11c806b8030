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
    decimal? PaymentTotal);
