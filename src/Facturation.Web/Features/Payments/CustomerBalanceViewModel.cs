using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Payments;

public sealed record CustomerBalanceViewModel(int CustomerId, IReadOnlyList<Invoice> OpenInvoices, IReadOnlyList<Invoice> CreditNotes, DateOnly Today, bool CanRecordPayments)
{
    public decimal Due => OpenInvoices.Sum(i => i.Remaining);

    public decimal CreditLeft => CreditNotes.Sum(n => n.Remaining);
}
