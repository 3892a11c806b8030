using System.Text.Json.Nodes;
using Facturation.Application.Audit;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Payments;

/// <summary>
/// Records <c>invoice.paid</c> for each document a settlement made fully paid, in the settlement's transaction,
/// so that the journal (and the webhooks fed by it) says when an invoice became paid, not only that money came in.
/// </summary>
internal static class InvoicePaidAudit
{
    /// <summary>The documents not paid yet, taken before the settlement changes them.</summary>
    public static List<Invoice> NotPaid(IEnumerable<Invoice> documents) => documents.Where(d => d.Status != InvoiceStatus.Paid).ToList();

    public static async Task AppendNewlyPaidAsync(this AuditJournal journal, IEnumerable<Invoice> wereNotPaid, Actor actor, string settledBy, int settlementId, CancellationToken ct)
    {
        foreach (var invoice in wereNotPaid.Where(d => d.Status == InvoiceStatus.Paid))
        {
            var payload = new JsonObject
            {
                ["invoiceId"] = invoice.Id,
                ["number"] = invoice.DisplayNumber,
                ["total"] = CanonicalJson.Amount(invoice.TotalGross),
                ["paid"] = CanonicalJson.Amount(invoice.PaidAmount),
                ["credited"] = CanonicalJson.Amount(invoice.CreditedAmount),
                [settledBy] = settlementId,
            };
            await journal.AppendAsync(AuditEvents.InvoicePaid, actor, invoice.DisplayNumber, payload, ct);
        }
    }
}
