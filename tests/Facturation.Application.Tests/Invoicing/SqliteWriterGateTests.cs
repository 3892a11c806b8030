using System.Diagnostics;
using Facturation.Application.Data.Sqlite;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>The in-process FIFO gate SQLite finalizations queue in (ADR-025, session 11), on a real SQLite file.</summary>
public sealed class SqliteWriterGateTests
{
    [Fact]
    public async Task A_finalization_waits_for_the_gate_and_goes_on_without_it_when_the_wait_times_out()
    {
        await using var database = await InvoicingDatabase.SqliteAsync(renderAfterFinalization: false);
        var id = (await database.CreateDraftsAsync(1)).Single();
        using var held = await SqliteWriterGate.EnterAsync(await KeyAsync(database), TimeSpan.Zero, CancellationToken.None);
        Assert.True(held.Held);

        var clock = Stopwatch.StartNew();
        var finalization = database.FinalizeAsync(id);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(finalization.IsCompleted);

        // Nobody releases the gate: after the bounded wait, SQLite's own lock decides and the finalization goes through.
        var issued = await finalization;
        Assert.Equal(InvoiceStatus.Final, issued.Status);
        Assert.True(clock.Elapsed >= SqliteWriterGate.Wait - TimeSpan.FromMilliseconds(100), $"finished after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_refused_finalization_releases_the_gate_and_the_next_one_takes_the_next_number()
    {
        await using var database = await InvoicingDatabase.SqliteAsync(renderAfterFinalization: false);
        var first = await database.FinalizeAsync((await database.CreateDraftsAsync(1)).Single());
        var backdated = await database.CreateDraftsAsync(1, customer => InvoicingDatabase.DraftInput(customer, DateOnly.FromDateTime(DateTime.Now).AddDays(-40)));

        var error = await Assert.ThrowsAsync<DomainException>(() => database.FinalizeAsync(backdated[0]));
        Assert.Equal("invoice.issue_date_backwards", error.Code);
        using (var free = await SqliteWriterGate.EnterAsync(await KeyAsync(database), TimeSpan.Zero, CancellationToken.None))
        {
            Assert.True(free.Held);
        }

        var ids = await database.CreateDraftsAsync(16);
        var issued = await Task.WhenAll(ids.Select(database.FinalizeAsync));
        Assert.Equal(Enumerable.Range(Counter(first.Number!) + 1, 16), issued.Select(i => Counter(i.Number!)).Order());
    }

    [Fact]
    public async Task A_lease_releases_once_and_a_timed_out_lease_releases_nothing()
    {
        var key = $"gate-test-{Guid.NewGuid():N}";
        var first = await SqliteWriterGate.EnterAsync(key, TimeSpan.Zero, CancellationToken.None);
        using var timedOut = await SqliteWriterGate.EnterAsync(key, TimeSpan.FromMilliseconds(50), CancellationToken.None);
        Assert.True(first.Held);
        Assert.False(timedOut.Held);

        timedOut.Dispose();
        using (var stillHeld = await SqliteWriterGate.EnterAsync(key, TimeSpan.Zero, CancellationToken.None))
        {
            Assert.False(stillHeld.Held);
        }

        first.Dispose();
        first.Dispose();
        using var second = await SqliteWriterGate.EnterAsync(key, TimeSpan.Zero, CancellationToken.None);
        using var third = await SqliteWriterGate.EnterAsync(key, TimeSpan.Zero, CancellationToken.None);
        Assert.True(second.Held);
        Assert.False(third.Held);
    }

    [Fact]
    public void The_gate_is_one_per_database_file_whatever_the_connection_string_says()
    {
        var path = Path.Combine(Path.GetTempPath(), "gate.db");
        Assert.Equal(SqliteWriterGate.KeyOf($"Data Source={path}"), SqliteWriterGate.KeyOf($"Data Source={path};Pooling=False;Cache=Shared"));
        Assert.NotEqual(SqliteWriterGate.KeyOf($"Data Source={path}"), SqliteWriterGate.KeyOf($"Data Source={path}.other"));
    }

    private static Task<string> KeyAsync(InvoicingDatabase database) =>
        database.WithDbAsync(db => Task.FromResult(SqliteWriterGate.KeyOf(db.Database.GetConnectionString()!)));

    private static int Counter(string number) => int.Parse(number[(number.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
