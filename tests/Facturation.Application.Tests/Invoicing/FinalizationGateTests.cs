using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>
/// A bounded number of an instance's finalizations run at once on a server database (ADR-038); the others wait their
/// turn, holding nothing; a finalization inside a caller's transaction never waits.
/// </summary>
public sealed class FinalizationGateTests
{
    [Fact]
    public async Task A_third_finalization_waits_until_one_of_two_slots_is_freed()
    {
        using var gate = new FinalizationGate(Options.Create(new FinalizationOptions { MaxConcurrent = 2 }));
        var first = await gate.EnterAsync(CancellationToken.None);
        using var second = await gate.EnterAsync(CancellationToken.None);

        var third = gate.EnterAsync(CancellationToken.None).AsTask();
        await Task.Delay(100);
        Assert.False(third.IsCompleted);

        first.Dispose();
        using var entered = await third.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((2, 0), (gate.Capacity, gate.Available));
    }

    [Fact]
    public async Task A_cancelled_wait_takes_no_slot()
    {
        using var gate = new FinalizationGate(Options.Create(new FinalizationOptions { MaxConcurrent = 1 }));
        using (await gate.EnterAsync(CancellationToken.None))
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await gate.EnterAsync(cancel.Token));
        }

        Assert.Equal(1, gate.Available);
    }

    [Fact]
    public void Unset_means_one_per_core_plus_one_and_zero_means_no_limit()
    {
        using var byDefault = new FinalizationGate(Options.Create(new FinalizationOptions()));
        using var unlimited = new FinalizationGate(Options.Create(new FinalizationOptions { MaxConcurrent = 0 }));
        Assert.Equal(Environment.ProcessorCount + 1, byDefault.Capacity);
        Assert.Equal(0, unlimited.Capacity);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FinalizationGate(Options.Create(new FinalizationOptions { MaxConcurrent = -1 })));
    }

    /// <summary>
    /// With one slot (<c>Finalization:MaxConcurrent</c> = 1), a finalization blocked on its draft's row keeps the other
    /// draft's finalization from starting; once the row is free both are issued, in order, without a gap.
    /// </summary>
    [PostgresFact]
    public async Task PostgreSql_with_one_slot_a_second_finalization_waits_for_the_first()
    {
        await using var database = await InvoicingDatabase.PostgresAsync(
            renderAfterFinalization: false, settings: new Dictionary<string, string> { ["Finalization:MaxConcurrent"] = "1" });
        var ids = await database.CreateDraftsAsync(2);

        // Another instance holds the first draft's row in an open transaction.
        await using var holder = database.NewInstance();
        var holderDb = holder.ServiceProvider.GetRequiredService<FacturationDb>();
        await using var hold = await holderDb.Database.BeginTransactionAsync();
        await holderDb.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Invoices" WHERE "Id" = {ids[0]} FOR UPDATE""");

        var blocked = database.FinalizeAsync(ids[0]);
        await WaitForALockWaitAsync(database, blocked);
        var queued = database.FinalizeAsync(ids[1]);
        await Task.Delay(500);
        Assert.False(queued.IsCompleted, "The second finalization ran while the only slot was taken.");

        await hold.RollbackAsync();
        var (first, second) = (await blocked, await queued);
        Assert.Equal([first.Number, second.Number], await database.WithDbAsync(db => db.Invoices.Where(i => ids.Contains(i.Id)).OrderBy(i => i.Number).Select(i => i.Number).ToListAsync()));
        Assert.True(string.CompareOrdinal(first.Number, second.Number) < 0, $"{first.Number} then {second.Number}");
        Assert.Equal(1, await database.WithAsync<FinalizationGate, int>(gate => Task.FromResult(gate.Available)));
    }

    internal static async Task WaitForALockWaitAsync(InvoicingDatabase database, Task waiting)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            Assert.False(waiting.IsCompleted, "The operation ended while the row was still held.");
            var waits = await database.WithDbAsync(db => db.Database
                .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .SingleAsync());
            if (waits > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The operation never waited for the row.");
    }
}
