using System.Globalization;
using Facturation.Application.Statements;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Statements;

/// <summary>Statement numbers are gap-free and unique under concurrency, on a real SQLite file and a real PostgreSQL server.</summary>
public sealed class StatementNumberingTests
{
    [Fact]
    public async Task Sqlite_twenty_concurrent_statements_from_two_instances_take_contiguous_numbers()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertContiguousNumbersAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_twenty_concurrent_statements_from_two_instances_take_contiguous_numbers()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertContiguousNumbersAsync(database);
    }

    [Fact]
    public async Task Sqlite_refused_statement_gives_its_number_back()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var ids = await database.CreateDraftsAsync(2);
        await database.FinalizeAsync(ids[0]);

        // The second document is still a draft; a selection of drafts only is refused and takes no number.
        await Assert.ThrowsAsync<Facturation.Domain.Common.DomainException>(() => database.WithAsync<StatementService, StatementBatch>(s => s.CreateAsync([ids[1]], InvoicingDatabase.Biller, CancellationToken.None)));
        var batch = await database.WithAsync<StatementService, StatementBatch>(s => s.CreateAsync([ids[0], ids[1]], InvoicingDatabase.Biller, CancellationToken.None));

        var statement = Assert.Single(batch.Created);
        Assert.Equal(1, Counter(statement.Number));
        Assert.Equal(ids[1], Assert.Single(batch.Skipped).InvoiceId);
    }

    private static async Task AssertContiguousNumbersAsync(InvoicingDatabase database)
    {
        var ids = await database.CreateDraftsAsync(20);
        foreach (var id in ids)
        {
            await database.FinalizeAsync(id);
        }

        var numbers = await Task.WhenAll(ids.Select(async (id, index) =>
        {
            await using var scope = database.NewInstance();
            await Task.Yield();
            var batch = await scope.ServiceProvider.GetRequiredService<StatementService>().CreateAsync([id], new Actor($"instance-{index % 2}", "Test"), CancellationToken.None);
            return Assert.Single(batch.Created).Number;
        }));

        Assert.Equal(Enumerable.Range(1, 20), numbers.Select(Counter).Order());
        Assert.Equal(20, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(@"^RE\d{4}-\d{4}$", n));
        var listed = await database.WithDbAsync(db => db.Invoices.Where(i => ids.Contains(i.Id)).Select(i => i.StatementNumber).ToListAsync());
        Assert.Equal(numbers.Order(), listed.Order());
        var archives = await database.WithDbAsync(db => db.StatementArchives.CountAsync());
        Assert.Equal(20, archives);
    }

    private static int Counter(string number) => int.Parse(number[(number.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
