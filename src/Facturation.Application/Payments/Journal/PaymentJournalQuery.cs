using Facturation.Domain.Payments;

namespace Facturation.Application.Payments.Journal;

/// <summary>
/// Filters of the payments journal (screen and <c>GET /api/v1/payments</c>): date range (inclusive), method, customer,
/// voided or not, direction (received / refund), and whether a cheque is already on a remittance slip.
/// </summary>
public sealed record PaymentJournalQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    PaymentMethod? Method = null,
    int? CustomerId = null,
    bool? Voided = null,
    PaymentDirection? Direction = null,
    bool? OnSlip = null,
    int Page = 1,
    int PageSize = PaymentJournalQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
}
