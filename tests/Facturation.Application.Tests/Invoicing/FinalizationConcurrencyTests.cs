using System.Globalization;
using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>Gap-free numbering under concurrency, on a real SQLite file, PostgreSQL and (GitHub workflow) SQL Server.</summary>
public sealed class FinalizationConcurrencyTests
{
    [Fact]
    public async Task Sqlite_fifty_concurrent_finalizations_from_two_instances_take_consecutive_numbers()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertConsecutiveNumbersAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_fifty_concurrent_finalizations_from_two_instances_take_consecutive_numbers()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertConsecutiveNumbersAsync(database);
    }

    [Fact]
    public async Task Sqlite_double_click_finalizes_once()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertDoubleClickTakesOneNumberAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_double_click_finalizes_once()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertDoubleClickTakesOneNumberAsync(database);
    }

    [Fact]
    public async Task Sqlite_failed_finalization_consumes_no_number()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertFailureGivesNumberBackAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_failed_finalization_consumes_no_number()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertFailureGivesNumberBackAsync(database);
    }

    /// <summary>
    /// Chronology (ADR-011, session 11): a backdated finalization that read the series' last date before another one
    /// took the counter must not get the next number once that one commits a later date.
    /// </summary>
    [PostgresFact]
    public async Task PostgreSql_backdated_finalization_queued_on_the_counter_is_refused_after_a_later_date_commits()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await database.WithDbAsync(db => db.Companies.ExecuteUpdateAsync(c => c.SetProperty(x => x.BackdatingDays, 30)));
        var current = (await database.CreateDraftsAsync(1)).Single();
        var backdated = (await database.CreateDraftsAsync(1, customer => InvoicingDatabase.DraftInput(customer, DateOnly.FromDateTime(DateTime.Now).AddDays(-5)))).Single();

        await using var first = database.NewInstance();
        await using var transaction = await first.ServiceProvider.GetRequiredService<FacturationDb>().Database.BeginTransactionAsync();
        var issued = await first.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(current, InvoicingDatabase.Biller, CancellationToken.None);

        await using var second = database.NewInstance();
        var queued = second.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(backdated, InvoicingDatabase.Biller, CancellationToken.None);
        await WaitForALockWaitAsync(database);
        await transaction.CommitAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => queued);
        Assert.Equal("invoice.issue_date_backwards", error.Code);
        var refused = await database.WithDbAsync(db => db.Invoices.SingleAsync(i => i.Id == backdated));
        Assert.Equal(InvoiceStatus.Draft, refused.Status);
        Assert.Equal(Counter(issued.Number!) + 1, Counter(await FinalizeNewDraftAsync(database)));
    }

    [SqlServerFact]
    public async Task SqlServer_fifty_concurrent_finalizations_from_two_instances_take_consecutive_numbers()
    {
        await using var database = await InvoicingDatabase.SqlServerAsync();
        await AssertConsecutiveNumbersAsync(database);
    }

    [SqlServerFact]
    public async Task SqlServer_double_click_finalizes_once()
    {
        await using var database = await InvoicingDatabase.SqlServerAsync();
        await AssertDoubleClickTakesOneNumberAsync(database);
    }

    [SqlServerFact]
    public async Task SqlServer_failed_finalization_consumes_no_number()
    {
        await using var database = await InvoicingDatabase.SqlServerAsync();
        await AssertFailureGivesNumberBackAsync(database);
    }

    private static async Task AssertConsecutiveNumbersAsync(InvoicingDatabase database)
    {
        var ids = await database.CreateDraftsAsync(50);

        // Two "instances", each finalizing through its own contexts and connections, interleaved.
        await Task.WhenAll(ids.Select(async (id, index) =>
        {
            await using var scope = database.NewInstance();
            await Task.Yield();
            await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, new Actor($"instance-{index % 2}", "Test"), CancellationToken.None);
        }));

        var numbers = await database.WithDbAsync(db => db.Invoices.Where(i => ids.Contains(i.Id)).Select(i => i.Number!).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 50), numbers.Select(Counter).Order());
        Assert.Equal(50, numbers.Distinct().Count());
    }

    private static async Task AssertDoubleClickTakesOneNumberAsync(InvoicingDatabase database)
    {
        var id = (await database.CreateDraftsAsync(1)).Single();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = database.NewInstance();
            return (await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None)).Number;
        }));
        var next = await FinalizeNewDraftAsync(database);

        Assert.Single(results.Distinct());
        Assert.Equal(Counter(results[0]!) + 1, Counter(next));
    }

    private static async Task AssertFailureGivesNumberBackAsync(InvoicingDatabase database)
    {
        var first = await FinalizeNewDraftAsync(database);
        var today = DateOnly.FromDateTime(DateTime.Now);

        // Fails inside the transaction AFTER the counter was incremented: dated before the last issued document.
        var ids = await database.CreateDraftsAsync(1, customer => InvoicingDatabase.DraftInput(customer, today.AddDays(-40)));
        await using (var scope = database.NewInstance())
        {
            var error = await Assert.ThrowsAsync<DomainException>(() =>
                scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(ids[0], InvoicingDatabase.Biller, CancellationToken.None));
            Assert.Equal("invoice.issue_date_backwards", error.Code);
        }

        var second = await FinalizeNewDraftAsync(database);
        var failed = await database.WithDbAsync(db => db.Invoices.SingleAsync(i => i.Id == ids[0]));

        Assert.Equal(Counter(first) + 1, Counter(second));
        Assert.Equal(InvoiceStatus.Draft, failed.Status);
        Assert.Null(failed.Number);
    }

    private static async Task<string> FinalizeNewDraftAsync(InvoicingDatabase database)
    {
        var id = (await database.CreateDraftsAsync(1)).Single();
        await using var scope = database.NewInstance();
        return (await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None)).Number!;
    }

    /// <summary>Until a session of the test database waits for a lock (the second finalization, queued on the counter).</summary>
    private static async Task WaitForALockWaitAsync(InvoicingDatabase database)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var waiting = await database.WithDbAsync(db => db.Database.SqlQuery<int>(
                $"""SELECT count(*)::int AS "Value" FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()""").SingleAsync());
            if (waiting > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The second finalization never waited for the counter.");
    }

    private static int Counter(string number) => int.Parse(number[(number.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
