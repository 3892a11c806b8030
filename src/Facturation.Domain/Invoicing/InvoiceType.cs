namespace Facturation.Domain.Invoicing;

public enum InvoiceType
{
    Standard,
    Deposit,
    Situation,
    FinalBalance,
    Penalty,
    Cancellation,
    Replacement,
    Corrective,
    Manual,
    Return,
}
