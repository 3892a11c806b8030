namespace Facturation.Domain.Invoicing;

public enum InvoiceStatus
{
    Draft,
    Final,
    Sent,
    PartiallyPaid,
    Paid,
    Disputed,
    Cancelled,
    Abandoned,
    Used,
    Refunded,
}
