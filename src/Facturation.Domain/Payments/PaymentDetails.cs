namespace Facturation.Domain.Payments;

/// <summary>What a user enters for a payment, besides its allocations.</summary>
public sealed record PaymentDetails(
    DateOnly Date,
    decimal Amount,
    PaymentMethod Method,
    string? Reference = null,
    string? BankAccount = null,
    string? Note = null);
