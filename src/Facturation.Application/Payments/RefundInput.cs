using Facturation.Domain.Payments;

namespace Facturation.Application.Payments;

/// <summary>Money paid back on a credit note (<c>POST /api/v1/credit-notes/{id}/refund</c>).</summary>
public sealed class RefundInput
{
    public DateOnly? Date { get; set; }

    public PaymentMethod? Method { get; set; }

    public decimal? Amount { get; set; }

    public string? Reference { get; set; }
}
