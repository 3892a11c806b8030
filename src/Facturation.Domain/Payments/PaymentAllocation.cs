namespace Facturation.Domain.Payments;

/// <summary>The part of a payment that settles one document (an invoice, or the credit note refunded).</summary>
public sealed class PaymentAllocation
{
    private PaymentAllocation()
    {
    }

    internal PaymentAllocation(int invoiceId, decimal amount) => (InvoiceId, Amount) = (invoiceId, amount);

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public decimal Amount { get; private set; }
}
