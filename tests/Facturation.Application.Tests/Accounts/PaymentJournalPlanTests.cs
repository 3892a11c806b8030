using Facturation.Application.Data;
using Facturation.Application.Payments.Journal;
using Facturation.Application.Tests.Invoicing;
using Facturation.Application.Tests.Listing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Accounts;

/// <summary>
/// SQLite's plan of the journal's page query under the statistics of a 100,000-payment base: a method filter on a deep
/// page once scanned IX_Payments_Journal and skipped the other methods' entries (about 90 ms CPU at 100k payments);
/// IX_Payments_JournalByMethod (Method, Date, Id) reads that method's payments in journal order.
/// </summary>
public sealed class PaymentJournalPlanTests
{
    // 100,000 payments over three years (about 30 a day), 1,000 customers, six methods.
    private const string BenchStatistics = """
        DELETE FROM sqlite_stat1;
        INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
            ('Payments', 'IX_Payments_Journal', '100000 30 1'),
            ('Payments', 'IX_Payments_JournalByMethod', '100000 16667 6 1'),
            ('Payments', 'IX_Payments_CustomerId_Date', '100000 100 3'),
            ('Customers', 'IX_Customers_Code', '1000 1'),
            ('Customers', 'IX_Customers_Name', '1000 1');
        ANALYZE sqlite_schema;
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(4000)]
    public async Task A_method_filter_reads_the_method_index_in_journal_order(int page)
    {
        var plan = await PlanAsync(new PaymentJournalQuery(Method: PaymentMethod.Cheque, Page: page));

        Assert.Contains("USING INDEX IX_Payments_JournalByMethod (Method=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_method_filter_the_journal_index_still_serves_the_page()
    {
        var plan = await PlanAsync(new PaymentJournalQuery(Page: 4000));

        Assert.Contains("USING INDEX IX_Payments_Journal\n", plan + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(PaymentJournalQuery query)
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        return await database.WithAsync<IServiceProvider, string>(async services =>
        {
            // One connection: the statistics are reloaded into it (ANALYZE sqlite_schema), then the plan is read.
            var db = services.GetRequiredService<FacturationDb>();
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            await db.Database.ExecuteSqlRawAsync(BenchStatistics);
            var sql = services.GetRequiredService<PaymentJournalService>().PageSql(query);

            // Every step: the page's payments are read in a subquery before the join.
            return await SqlitePlan.ExplainAsync(db.Database.GetDbConnection(), sql, topLevelOnly: false);
        });
    }
}
