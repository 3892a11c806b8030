using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Web.Features.Payments;

public sealed record CustomerBalanceViewModel(
    int CustomerId,
    IReadOnlyList<Invoice> OpenInvoices,
    IReadOnlyList<Invoice> CreditNotes,
    IReadOnlyList<Payment> RecentPayments,
    DateOnly Today,
    bool CanRecordPayments)
{
    public decimal Due => OpenInvoices.Sum(i => i.Remaining);

    public decimal CreditLeft => CreditNotes.Sum(n => n.Remaining);
}
