using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Data.Sqlite;
using Facturation.Application.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>Several SQLite finalizations in one write transaction, a savepoint each (ADR-035), on a real SQLite file.</summary>
public sealed class SqliteGroupCommitTests
{
    [Fact]
    public async Task Finalizations_queued_together_commit_once_and_a_refused_one_leaves_no_trace()
    {
        await using var database = await InvoicingDatabase.SqliteAsync(renderAfterFinalization: false);
        var first = await database.FinalizeAsync((await database.CreateDraftsAsync(1)).Single());
        var drafts = await database.CreateDraftsAsync(6);
        var backdated = (await database.CreateDraftsAsync(1, customer => InvoicingDatabase.DraftInput(customer, DateOnly.FromDateTime(DateTime.Now).AddDays(-40)))).Single();
        var key = await KeyAsync(database);
        var commits = SqliteGroupCommit.CommitsOn(key);

        // The gate held, the finalizations queue; the refused one sits in the middle of the group. One of them runs in a
        // scope kept open, to use its context again after it lent it to the group.
        await using var kept = database.NewInstance();
        List<Task<Invoice>> finalizations;
        using (var held = await SqliteWriterGate.EnterAsync(key, TimeSpan.Zero, CancellationToken.None))
        {
            Assert.True(held.Held);
            finalizations = [.. drafts.Take(3).Select(database.FinalizeAsync)];
            await WaitQueuedAsync(key, 3);
            finalizations.Add(database.FinalizeAsync(backdated));
            await WaitQueuedAsync(key, 4);
            finalizations.AddRange(drafts.Skip(3).Take(2).Select(database.FinalizeAsync));
            await WaitQueuedAsync(key, 6);
            finalizations.Add(kept.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(drafts[5], InvoicingDatabase.Biller, CancellationToken.None));
            await WaitQueuedAsync(key, 7);
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => finalizations[3]);
        Assert.Equal("invoice.issue_date_backwards", error.Code);
        var issued = await Task.WhenAll(finalizations.Where((_, i) => i != 3));
        Assert.Equal(commits + 1, SqliteGroupCommit.CommitsOn(key));

        // Gap-free: the refused draft's number went back with its savepoint; the six others took the next six numbers.
        Assert.Equal(Enumerable.Range(Counter(first.Number!) + 1, 6), issued.Select(i => Counter(i.Number!)).Order());
        await database.WithDbAsync(async db =>
        {
            var refused = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == backdated);
            Assert.Equal(InvoiceStatus.Draft, refused.Status);
            Assert.Null(refused.Number);
            Assert.False(await db.IssuedSnapshots.AnyAsync(s => s.InvoiceId == backdated));
            Assert.Equal(7, await db.AuditEntries.CountAsync(e => e.Event == AuditEvents.InvoiceIssued));
            Assert.Equal(7, await db.IssuedSnapshots.CountAsync());
            return 0;
        });
        var verification = await database.WithAsync<AuditVerifier, AuditVerification>(v => v.VerifyAsync(CancellationToken.None));
        Assert.Null(verification.FirstBreak);

        // The context that lent itself to the group has its own connection back: it drafts and finalizes again.
        var keptDb = kept.ServiceProvider.GetRequiredService<FacturationDb>();
        Assert.Null(keptDb.Database.CurrentTransaction);
        var service = kept.ServiceProvider.GetRequiredService<InvoiceService>();
        var customer = await keptDb.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync();
        var again = await service.FinalizeAsync((await service.CreateDraftAsync(InvoicingDatabase.DraftInput(customer), InvoicingDatabase.Biller, CancellationToken.None)).Id, InvoicingDatabase.Biller, CancellationToken.None);
        Assert.Equal(Counter(first.Number!) + 7, Counter(again.Number!));
    }

    [Fact]
    public async Task Each_step_runs_in_its_own_callers_flow_whoever_leads_the_group()
    {
        await using var database = await InvoicingDatabase.SqliteAsync(renderAfterFinalization: false);
        var drafts = await database.CreateDraftsAsync(2);
        var key = await KeyAsync(database);

        // The follower plays a simulated business time (as the first-run demo data does): its step must see it, not the leader's.
        Task<Invoice> leader, follower;
        using (var held = await SqliteWriterGate.EnterAsync(key, TimeSpan.Zero, CancellationToken.None))
        {
            Assert.True(held.Held);
            leader = database.FinalizeAsync(drafts[0]);
            await WaitQueuedAsync(key, 1);
            follower = Task.Run(async () =>
            {
                SimulatedBusinessTime.Set(database.Clock.GetUtcNow().AddDays(1));
                return await database.FinalizeAsync(drafts[1]);
            });
            await WaitQueuedAsync(key, 2);
        }

        var (first, second) = (await leader, await follower);
        Assert.NotNull(first.IssueDate);
        Assert.Equal(first.IssueDate.Value.AddDays(1), second.IssueDate);
    }

    [Fact]
    public async Task When_SQLite_drops_the_group_transaction_every_caller_fails_and_nothing_is_written()
    {
        await using var database = await InvoicingDatabase.SqliteAsync(renderAfterFinalization: false);
        var key = await KeyAsync(database);
        await using var writer = database.NewInstance();
        await using var breaker = database.NewInstance();
        await using var later = database.NewInstance();
        var writerDb = writer.ServiceProvider.GetRequiredService<FacturationDb>();
        var breakerDb = breaker.ServiceProvider.GetRequiredService<FacturationDb>();
        var laterDb = later.ServiceProvider.GetRequiredService<FacturationDb>();

        Task<int> written, broken, after;
        using (var held = await SqliteWriterGate.EnterAsync(key, TimeSpan.Zero, CancellationToken.None))
        {
            Assert.True(held.Held);
            written = SqliteGroupCommit.RunAsync(writerDb, () => writerDb.Database.ExecuteSqlRawAsync("""UPDATE "Customers" SET "Name" = 'Écrit puis perdu' WHERE "Code" = 'DUPONT'"""), CancellationToken.None);
            await WaitQueuedAsync(key, 1);

            // What SQLite does on its own after some errors (I/O, full disk): the whole transaction is rolled back.
            broken = SqliteGroupCommit.RunAsync(breakerDb, () => breakerDb.Database.ExecuteSqlRawAsync("ROLLBACK"), CancellationToken.None);
            await WaitQueuedAsync(key, 2);

            // A step after it must not run outside the lost transaction (each statement would commit on its own).
            after = SqliteGroupCommit.RunAsync(laterDb, () => laterDb.Database.ExecuteSqlRawAsync("""UPDATE "Customers" SET "Notes" = 'après' WHERE "Code" = 'DUPONT'"""), CancellationToken.None);
            await WaitQueuedAsync(key, 3);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => written);
        await Assert.ThrowsAnyAsync<Exception>(() => broken);
        await Assert.ThrowsAnyAsync<Exception>(() => after);
        var dupont = await database.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Code == "DUPONT"));
        Assert.Equal("Dupont Imprimerie", dupont.Name);
        Assert.NotEqual("après", dupont.Notes);

        // Both contexts are usable again, and the next group commits.
        Assert.Equal(1, await SqliteGroupCommit.RunAsync(writerDb, () => writerDb.Database.ExecuteSqlRawAsync("""UPDATE "Customers" SET "Notes" = 'ok' WHERE "Code" = 'DUPONT'"""), CancellationToken.None));
        Assert.Equal("ok", await breakerDb.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Notes).SingleAsync());
    }

    [Fact]
    public async Task Only_a_SQLite_context_without_transaction_or_open_connection_joins()
    {
        await using var database = await InvoicingDatabase.SqliteAsync(renderAfterFinalization: false);
        await using var scope = database.NewInstance();
        var db = scope.ServiceProvider.GetRequiredService<FacturationDb>();
        Assert.True(SqliteGroupCommit.CanJoin(db));
        await using (await db.Database.BeginTransactionAsync())
        {
            Assert.False(SqliteGroupCommit.CanJoin(db));
            await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteGroupCommit.RunAsync(db, () => Task.FromResult(1), CancellationToken.None));
        }

        await db.Database.OpenConnectionAsync();
        Assert.False(SqliteGroupCommit.CanJoin(db));
        await db.Database.CloseConnectionAsync();
        Assert.True(SqliteGroupCommit.CanJoin(db));
    }

    private static async Task WaitQueuedAsync(string key, int count)
    {
        for (var i = 0; i < 500 && SqliteGroupCommit.QueuedOn(key) < count; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(count, SqliteGroupCommit.QueuedOn(key));
    }

    private static Task<string> KeyAsync(InvoicingDatabase database) =>
        database.WithDbAsync(db => Task.FromResult(SqliteWriterGate.KeyOf(db.Database.GetConnectionString()!)));

    private static int Counter(string number) => int.Parse(number[(number.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
