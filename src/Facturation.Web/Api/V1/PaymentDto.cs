using Facturation.Domain.Payments;

namespace Facturation.Web.Api.V1;

public sealed record PaymentDto(
    int Id,
    int CustomerId,
    PaymentDirection Direction,
    DateOnly Date,
    decimal Amount,
    PaymentMethod Method,
    string? Reference,
    string? BankAccount,
    string? Note,
    IReadOnlyList<AllocationDto> Allocations,
    PaymentStatus Status,
    DateTime? VoidedAt,
    string? VoidedBy,
    string? VoidReason)
{
    public static PaymentDto From(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new(
            payment.Id,
            payment.CustomerId,
            payment.Direction,
            payment.Date,
            payment.Amount,
            payment.Method,
            payment.Reference,
            payment.BankAccount,
            payment.Note,
            payment.Allocations.Select(a => new AllocationDto(a.InvoiceId, a.Amount)).ToList(),
            payment.Status,
            payment.VoidedAtUtc,
            payment.VoidedByName,
            payment.VoidReason);
    }
}
