using Facturation.Domain.Payments;

namespace Facturation.Application.Payments.Journal;

/// <summary>A cheque as a remittance slip lists it: who drew it, on which bank, its number and amount.</summary>
public sealed record RemittedCheque(int PaymentId, DateOnly Date, string CustomerCode, string CustomerName, string? Bank, string? Reference, decimal Amount, PaymentStatus Status);
