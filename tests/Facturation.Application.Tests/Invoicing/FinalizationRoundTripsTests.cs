using System.Collections.Concurrent;
using System.Diagnostics;
using Facturation.Application.Audit;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>
/// While a PostgreSQL finalization holds its series' counter row it sends three commands before its commit (ADR-037):
/// the counter, the checks that also lock the audit chain's head, and the save that carries the audit entry and moves
/// the head — the entry is not written again at commit, and the chain stays whole.
/// </summary>
public sealed class FinalizationRoundTripsTests
{
    [PostgresFact]
    public async Task PostgreSql_finalization_sends_three_commands_while_the_counter_is_held()
    {
        // Listening from the start: EF skips its diagnostic events for a while once it found nobody listening.
        using var commands = new EfCommandTexts();
        await using var database = await InvoicingDatabase.PostgresAsync(renderAfterFinalization: false);
        var ids = await database.CreateDraftsAsync(2);
        await database.FinalizeAsync(ids[0]);
        var databaseName = await database.WithDbAsync(db => Task.FromResult(db.Database.GetDbConnection().Database!));

        var before = commands.SentTo(databaseName).Count;
        var issued = await database.FinalizeAsync(ids[1]);
        var sent = commands.SentTo(databaseName)[before..];

        var counter = sent.FindIndex(c => c.Contains("\"NumberCounters\"", StringComparison.Ordinal));
        Assert.Equal(3, sent.Count - counter);
        Assert.Contains("FROM \"AuditChainHead\" AS h WHERE h.\"Id\" = @p2 FOR UPDATE", sent[counter + 1], StringComparison.Ordinal);
        Assert.Contains("INSERT INTO \"AuditEntries\"", sent[counter + 2], StringComparison.Ordinal);
        Assert.Contains("UPDATE \"AuditChainHead\"", sent[counter + 2], StringComparison.Ordinal);

        var entries = await database.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        var head = await database.WithDbAsync(db => db.Set<AuditChainHead>().AsNoTracking().SingleAsync());
        Assert.Equal(2, entries.Count(e => e.Event == AuditEvents.InvoiceIssued));
        Assert.Equal((AuditEvents.InvoiceIssued, issued.Number), (entries[^1].Event, entries[^1].DocumentNumber));
        Assert.Equal((entries[^1].Sequence, entries[^1].Hash), (head.LastSequence, head.LastHash.Trim()));
        var verification = await database.WithAsync<AuditVerifier, AuditVerification>(verifier => verifier.VerifyAsync(CancellationToken.None));
        Assert.Equal($"audit: {entries.Count} entries, chain intact", verification.Summary);
    }

    /// <summary>The text of every command EF sends, with its database, from EF's diagnostic events (every context, every scope).</summary>
    private sealed class EfCommandTexts : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly ConcurrentQueue<(string? Database, string Text)> _commands = new();
        private readonly List<IDisposable> _subscriptions = [];

        public EfCommandTexts() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public List<string> SentTo(string database) => [.. _commands.Where(c => c.Database == database).Select(c => c.Text)];

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
            {
                _commands.Enqueue((data.Command.Connection?.Database, data.Command.CommandText));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
