using Facturation.Domain.Payments;

namespace Facturation.Application.Payments;

/// <summary>A payment received, as posted by the screens or by <c>POST /api/v1/payments</c>.</summary>
public sealed class PaymentInput
{
    public int? CustomerId { get; set; }

    public DateOnly? Date { get; set; }

    public decimal? Amount { get; set; }

    public PaymentMethod? Method { get; set; }

    public string? Reference { get; set; }

    public string? BankAccount { get; set; }

    public string? Note { get; set; }

    public List<AllocationInput> Allocations { get; set; } = [];
}
