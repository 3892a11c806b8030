using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Payments;
using Facturation.Application.Payments.Journal;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Accounts;

/// <summary>
/// The journal's rollup (ADR-032) against the payments themselves, on SQLite and PostgreSQL: after payments recorded,
/// voided, refunded, paid in bulk, written by raw SQL and folded, every footer the rollup serves equals the aggregate
/// over the payments, and a filter it cannot serve (customer) still aggregates the payments.
/// </summary>
public sealed class PaymentJournalTotalsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Sqlite_rollup_footer_equals_the_payments_after_every_kind_of_write()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertRollupFollowsPaymentsAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_rollup_footer_equals_the_payments_after_every_kind_of_write()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertRollupFollowsPaymentsAsync(database);
    }

    private static async Task AssertRollupFollowsPaymentsAsync(InvoicingDatabase database)
    {
        // Recorded (cheque, transfer, card), voided, refunded, and a credit application (which writes no payment).
        var scenario = await AccountScenario.CreateAsync(database);
        var byCustomer = new PaymentJournalQuery(CustomerId: scenario.CustomerId);
        Assert.Equal(new PaymentJournalSummary(4, 500m, 10m, 50m), await SummaryAsync(database, byCustomer));
        await AssertSameAsScanAsync(database, scenario.Day0);

        var bulk = await database.WithAsync<BulkPaymentService, BulkPaymentResult>(s => s.RecordAsync(
            new BulkPaymentInput { InvoiceIds = [scenario.Invoices[3], scenario.Invoices[4]], Date = scenario.Day0, Method = PaymentMethod.Transfer },
            InvoicingDatabase.Biller,
            Ct));
        Assert.Equal(960m, Assert.Single(bulk.Payments).Amount);
        await AssertSameAsScanAsync(database, scenario.Day0);

        // Raw SQL (the generator's way): an insert, a change of amount and method, then a delete.
        await database.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Payments" ("CustomerId", "Direction", "Date", "Amount", "Method", "CreatedById", "CreatedByName", "CreatedAtUtc", "Status")
            VALUES ({scenario.CustomerId}, 'Received', {scenario.Day0.AddDays(-2)}, 12.34, 'Cash', 'raw', 'Raw', {DateTime.UtcNow}, 'Recorded')
            """));
        await AssertSameAsScanAsync(database, scenario.Day0);
        await database.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "Payments" SET "Amount" = 12.35, "Method" = 'Card' WHERE "Method" = 'Cash'"""));
        Assert.Equal(new PaymentJournalSummary(6, 1472.35m, 10m, 50m), await SummaryAsync(database, byCustomer));
        await AssertSameAsScanAsync(database, scenario.Day0);
        await database.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "Payments" WHERE "CreatedById" = 'raw'"""));
        await AssertSameAsScanAsync(database, scenario.Day0);

        // The fold leaves one row per key and the same totals; a void after it shows at once.
        var folded = await database.WithAsync<InvoiceListTotalsJob, int>(job => job.FoldAsync(Ct));
        Assert.True(folded > 0);
        var (rows, keys) = await database.WithDbAsync(async db => (
            await db.PaymentJournalTotals.CountAsync(),
            await db.PaymentJournalTotals.Select(t => new { t.Date, t.Method, t.Direction, t.Status }).Distinct().CountAsync()));
        Assert.Equal(keys, rows);
        await AssertSameAsScanAsync(database, scenario.Day0);
        await database.WithAsync<PaymentService, Payment>(s => s.VoidAsync(bulk.Payments[0].Id, "Virement rejeté", InvoicingDatabase.Biller, Ct));
        await AssertSameAsScanAsync(database, scenario.Day0);
        Assert.Equal(new PaymentJournalSummary(5, 500m, 10m, 1010m), await SummaryAsync(database, byCustomer));
    }

    private static Task<PaymentJournalSummary> SummaryAsync(InvoicingDatabase database, PaymentJournalQuery query) =>
        database.WithAsync<PaymentJournalService, PaymentJournalSummary>(s => s.SummaryAsync(query, Ct));

    /// <summary>Every filter the rollup serves gives the scanned totals, in the footer and in the page's count.</summary>
    private static async Task AssertSameAsScanAsync(InvoicingDatabase database, DateOnly day0)
    {
        PaymentJournalQuery[] queries =
        [
            new(),
            new(Method: PaymentMethod.Cheque),
            new(Voided: true),
            new(Voided: false, Direction: PaymentDirection.Refund),
            new(Direction: PaymentDirection.Received, Method: PaymentMethod.Transfer),
            new(From: day0, To: day0),
            new(From: day0.AddDays(-3), To: day0.AddDays(-1), Voided: false),
            new(From: day0.AddDays(1)),
        ];
        foreach (var query in queries)
        {
            var (page, scanned, sql) = await database.WithAsync<PaymentJournalService, (PaymentJournalPage, PaymentJournalSummary, string)>(async s =>
                (await s.PageAsync(query, Ct), await s.ScannedSummaryAsync(query, Ct), s.SummarySql(query)));
            Assert.Equal(scanned, page.Summary);
            Assert.Equal(scanned.Count, page.Rows.Total);
            Assert.Contains("\"PaymentJournalTotals\"", sql, StringComparison.Ordinal);
        }

        var customerSql = await database.WithAsync<PaymentJournalService, string>(s => Task.FromResult(s.SummarySql(new PaymentJournalQuery(CustomerId: 1))));
        Assert.DoesNotContain("PaymentJournalTotals", customerSql, StringComparison.Ordinal);
    }
}
