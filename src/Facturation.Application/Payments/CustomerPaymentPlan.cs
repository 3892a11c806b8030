using Facturation.Domain.Invoicing;

namespace Facturation.Application.Payments;

/// <summary>
/// What one customer owes on a selection: its open invoices (oldest due first) and credit notes with credit
/// left, netted. <see cref="Amount"/> is what the payment form proposes.
/// </summary>
public sealed record CustomerPaymentPlan(int CustomerId, string CustomerName, IReadOnlyList<Invoice> Invoices, IReadOnlyList<Invoice> CreditNotes)
{
    public decimal InvoicesDue => Invoices.Sum(i => i.Remaining);

    public decimal Credit => CreditNotes.Sum(c => c.Remaining);

    public decimal Amount => InvoicesDue - Credit;

    public IEnumerable<int> DocumentIds => Invoices.Concat(CreditNotes).Select(d => d.Id);
}
