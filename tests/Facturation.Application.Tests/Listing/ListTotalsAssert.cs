using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Listing;

/// <summary>
/// The list's rollup (ADR-031) against the documents themselves: for every filter the rollup serves, the footer totals
/// read from it equal the ones aggregated over the documents, before and after the rows are folded.
/// </summary>
internal static class ListTotalsAssert
{
    public static async Task SameAsScanAsync(InvoicingDatabase database)
    {
        await AssertQueriesAsync(database);
        var folded = await database.WithAsync<InvoiceListTotalsJob, int>(job => job.FoldAsync(CancellationToken.None));
        Assert.True(folded > 0);
        var (rows, keys) = await database.WithDbAsync(async db => (
            await db.InvoiceListTotals.CountAsync(),
            await db.InvoiceListTotals.Select(t => new { t.IssueDate, t.Kind, t.Status }).Distinct().CountAsync()));
        Assert.Equal(keys, rows);
        await AssertQueriesAsync(database);
    }

    private static async Task AssertQueriesAsync(InvoicingDatabase database)
    {
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        InvoiceListQuery[] queries =
        [
            new(),
            new(Quick: [QuickFilter.Invoices]),
            new(Quick: [QuickFilter.CreditNotes, QuickFilter.Issued]),
            new(Quick: [QuickFilter.Unpaid]),
            new(Quick: [QuickFilter.NotIssued]),
            new(Quick: [QuickFilter.NotCancelled, QuickFilter.Invoices]),
            new(Statuses: [InvoiceStatus.Paid, InvoiceStatus.Cancelled]),
            new(Kind: InvoiceKind.CreditNote),
            new(From: today.AddDays(-1), To: today),
            new(From: today.AddDays(1)),
        ];
        var atLeastOne = false;
        foreach (var query in queries)
        {
            var (fromTotals, scanned, sql) = await database.WithAsync<InvoiceListService, (InvoiceListSummary, InvoiceListSummary, string)>(async list =>
                (await list.SummaryAsync(query, CancellationToken.None), await list.ScannedSummaryAsync(query, CancellationToken.None), list.SummarySql(query)));
            Assert.Equal(scanned, fromTotals);
            Assert.Contains("\"InvoiceListTotals\"", sql, StringComparison.Ordinal);
            atLeastOne |= scanned.Count > 0;
        }

        Assert.True(atLeastOne);
    }
}
