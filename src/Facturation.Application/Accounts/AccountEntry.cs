using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Application.Accounts;

/// <summary>
/// One line of a customer's account: an issued invoice or credit note (its stored gross total), or a recorded payment or
/// refund. <see cref="Debit"/> raises what the customer owes, <see cref="Credit"/> lowers it; <see cref="Balance"/> is
/// the balance after this line (positive: the customer owes us).
/// </summary>
public sealed record AccountEntry(
    AccountEntryKind Kind,
    int SourceId,
    DateOnly Date,
    string? Number,
    DateOnly? DueDate,
    InvoiceStatus? Status,
    PaymentMethod? Method,
    decimal Debit,
    decimal Credit,
    decimal Balance)
{
    /// <summary>The signed effect on the balance.</summary>
    public decimal Amount => Debit - Credit;

    public bool IsDocument => Kind is AccountEntryKind.Invoice or AccountEntryKind.CreditNote;
}
