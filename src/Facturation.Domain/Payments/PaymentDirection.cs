namespace Facturation.Domain.Payments;

/// <summary>Received from the customer (settles invoices) or paid back to the customer (refunds a credit note).</summary>
public enum PaymentDirection
{
    Received,
    Refund,
}
