using Facturation.Application.Payments.Journal;

namespace Facturation.Web.Api.V1;

/// <summary><c>GET /api/v1/payments</c>: <c>{items, total, page, pageSize, summary}</c>.</summary>
public sealed record PaymentJournalDto(IReadOnlyList<PaymentJournalItemDto> Items, int Total, int Page, int PageSize, PaymentJournalSummaryDto Summary)
{
    public static PaymentJournalDto From(PaymentJournalPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var s = page.Summary;
        return new(
            [.. page.Rows.Items.Select(r => new PaymentJournalItemDto(r.Id, r.Date, r.Direction, r.Method, r.Amount, r.Reference, r.BankAccount, r.CustomerId, r.CustomerCode, r.CustomerName, r.Status, r.RemittanceId, r.RemittanceNumber))],
            page.Rows.Total,
            page.Rows.Page,
            page.Rows.PageSize,
            new PaymentJournalSummaryDto(s.Count, s.Received, s.Refunded, s.Net, s.Voided));
    }
}
