using Facturation.Domain.Payments;

namespace Facturation.Application.Payments;

/// <summary>
/// Payments for a selection of documents (<c>POST /api/v1/payments/bulk</c>, the list's "Enregistrer un paiement"):
/// one payment per customer. <see cref="Amount"/> is only for a selection of ONE customer paying less than due.
/// </summary>
public sealed class BulkPaymentInput
{
    public List<int> InvoiceIds { get; set; } = [];

    public DateOnly? Date { get; set; }

    public PaymentMethod? Method { get; set; }

    public string? Reference { get; set; }

    public string? BankAccount { get; set; }

    public decimal? Amount { get; set; }
}
