using Facturation.Application.Audit;
using Facturation.Application.Invoicing;
using Facturation.Application.Payments;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Audit;

/// <summary>Appenders of two "instances" racing on one database: contiguous sequences, no fork, an intact chain.</summary>
public sealed class AuditConcurrencyTests
{
    [PostgresFact]
    public async Task PostgreSql_parallel_finalizations_and_payments_from_two_instances_keep_one_chain()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertOneChainAsync(database, count: 40);
    }

    [Fact]
    public async Task Sqlite_parallel_finalizations_and_payments_from_two_instances_keep_one_chain()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertOneChainAsync(database, count: 20);
    }

    private static async Task AssertOneChainAsync(InvoicingDatabase database, int count)
    {
        var ids = await database.CreateDraftsAsync(count);
        await Task.WhenAll(ids.Select(async (id, index) =>
        {
            await using var scope = database.NewInstance();
            await Task.Yield();
            var actor = new Actor($"instance-{index % 2}", "Test");
            var invoice = await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, actor, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<PaymentService>().ReceiveAsync(AuditJournalTests.Payment(invoice.CustomerId, id, 10m), actor, CancellationToken.None);
        }));

        var entries = await database.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync());
        // Per document: issued, archived (ADR-025), payment recorded.
        Assert.Equal(Enumerable.Range(1, 3 * count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(3 * count, entries.Select(e => e.PreviousHash).Distinct().Count());
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal(count, entries.Count(e => e.Event == AuditEvents.InvoiceIssued));
        var verification = await database.WithAsync<AuditVerifier, AuditVerification>(verifier => verifier.VerifyAsync(CancellationToken.None));
        Assert.Equal($"audit: {3 * count} entries, chain intact", verification.Summary);
    }
}
