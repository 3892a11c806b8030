using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Tests.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Listing;

/// <summary>
/// SQLite's plan of the list's page query under the statistics of a 100,000-document base (the bench's ANALYZE): a
/// short page once made the planner start from the customers and sort every document (240 ms instead of 1 ms).
/// </summary>
public sealed class InvoiceListPlanTests
{
    // sqlite_stat1 of bench/list's generated base (100,000 documents, 1,000 customers), the rows the join weighs.
    private const string BenchStatistics = """
        DELETE FROM sqlite_stat1;
        INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
            ('Invoices', 'IX_Invoices_List', '100000 72 1'),
            ('Invoices', 'IX_Invoices_CustomerId', '100000 100'),
            ('Invoices', 'IX_Invoices_IssueDate', '100000 72'),
            ('Customers', 'IX_Customers_Code', '1000 1'),
            ('Customers', 'IX_Customers_Name', '1000 1');
        ANALYZE sqlite_schema;
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(25)]
    [InlineData(200)]
    public async Task Every_page_size_in_the_default_order_reads_the_list_index_without_sorting(int pageSize)
    {
        var plan = await PlanAsync(new InvoiceListQuery(PageSize: pageSize));

        // Read from an index on the issue date (the list's or the date's: both end with the id), no sort step.
        Assert.StartsWith("SCAN i USING INDEX IX_Invoices_", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_customer_name_still_reads_the_customers_in_that_order()
    {
        var plan = await PlanAsync(new InvoiceListQuery(PageSize: 25, Sort: "customerName", Descending: false));

        Assert.Contains("USING INDEX IX_Customers_Name", plan, StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(InvoiceListQuery query)
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await database.CreateDraftsAsync(2);
        return await database.WithAsync<IServiceProvider, string>(async services =>
        {
            // One connection: the statistics are reloaded into it (ANALYZE sqlite_schema), then the plan is read.
            var db = services.GetRequiredService<FacturationDb>();
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            await db.Database.ExecuteSqlRawAsync(BenchStatistics);
            var sql = services.GetRequiredService<InvoiceListService>().PageSql(query);

            // Top-level steps only: the correlated columns (payment method, author) have plans of their own.
            return await SqlitePlan.ExplainAsync(db.Database.GetDbConnection(), sql, topLevelOnly: true);
        });
    }
}
