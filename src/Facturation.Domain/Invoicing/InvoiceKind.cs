namespace Facturation.Domain.Invoicing;

public enum InvoiceKind
{
    Invoice,
    CreditNote,
}
