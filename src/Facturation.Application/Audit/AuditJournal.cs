using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Facturation.Application.Data;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Facturation.Application.Audit;

/// <summary>
/// The one way into the audit journal. A use case calls <c>AppendAsync</c> inside its transaction; the
/// entry is chained and inserted by <see cref="AuditChainInterceptor"/> as the very last statements before that
/// transaction commits, so the chain-head lock is held for milliseconds and a rolled-back use case leaves no entry.
/// </summary>
public sealed class AuditJournal(FacturationDb db, IAuditActor currentActor)
{
    /// <summary>The payload version written by this code (the <c>"v"</c> member of every payload).</summary>
    public const int PayloadVersion = 1;

    private static readonly ConditionalWeakTable<System.Data.Common.DbTransaction, List<PendingAuditEntry>> Pending = [];

    /// <summary>Records an event done by the signed-in user (or the system outside a request).</summary>
    public Task AppendAsync(string eventName, string? documentNumber, JsonObject payload, CancellationToken ct) =>
        AppendAsync(eventName, currentActor.Current, documentNumber, payload, ct);

    public Task AppendAsync(string eventName, Actor actor, string? documentNumber, JsonObject payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(payload);
        ct.ThrowIfCancellationRequested();
        if (!AuditEvents.All.Contains(eventName))
        {
            throw new ArgumentException($"Unknown audit event {eventName}.", nameof(eventName));
        }

        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("An audit entry is written in the transaction of its event: open one first.");
        payload["v"] = PayloadVersion;
        Pending.GetOrCreateValue(transaction.GetDbTransaction())
            .Add(new PendingAuditEntry(actor.UserId, actor.UserName, eventName, documentNumber, CanonicalJson.Serialize(payload)));
        return Task.CompletedTask;
    }

    /// <summary>The <c>invoice.issued</c> payload of a document just finalized, with the customer as printed.</summary>
    public async Task<JsonObject> IssuedPayloadAsync(Invoice invoice, FrozenPrint print, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == invoice.CustomerId, ct);
        var originNumber = invoice.OriginInvoiceId is { } originId
            ? await db.Invoices.AsNoTracking().Where(i => i.Id == originId).Select(i => i.Number ?? i.ProformaNumber).SingleOrDefaultAsync(ct)
            : null;
        return IssuedDocumentPayload.Build(invoice, IssuedDocumentPayload.CustomerIdentity(customer), originNumber, print);
    }

    /// <summary>
    /// Writes the entries this transaction recorded so far with the context's next <c>SaveChanges</c>, chained after
    /// <paramref name="head"/> — a head position the caller has just read and LOCKED in its own transaction (PostgreSQL
    /// <c>FOR UPDATE</c>, SQL Server <c>UPDLOCK, HOLDLOCK</c>), typically in a query it makes anyway. A finalization that
    /// commits right after its save saves two round trips under its series' counter lock this way (ADR-037); entries
    /// recorded later still go at commit, after these (the head row read then is the one this save moved).
    /// </summary>
    internal void WriteWithNextSave(AuditHeadPosition head)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Audit entries are written in the transaction of their event: open one first.");
        // The system clock, as the commit-time write (AuditChainInterceptor): audit times are real times, never a business date.
        var links = AuditChaining.After(head, Take(transaction.GetDbTransaction()), TimeProvider.System.GetUtcNow());
        if (links.Count == 0)
        {
            return;
        }

        db.AuditEntries.AddRange(links);

        // One tracked head row, moved to the new end: the save updates it in the same batch as the entries. The lookup
        // skips the change scan Entries<T>() would run first (no navigation reaches a head; the save scans anyway).
        var tracker = db.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var stale in tracker.Entries<AuditChainHead>().ToList())
            {
                stale.State = EntityState.Detached;
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }

        var moved = db.Attach(AuditChainHead.EndingAt(links[^1]));
        moved.Property(h => h.LastSequence).IsModified = true;
        moved.Property(h => h.LastHash).IsModified = true;
    }

    /// <summary>How many entries wait for this transaction's commit (a savepoint's mark, <see cref="ForgetAfter"/>).</summary>
    internal static int PendingCount(System.Data.Common.DbTransaction transaction) =>
        Pending.TryGetValue(transaction, out var entries) ? entries.Count : 0;

    /// <summary>Forgets the entries recorded after <paramref name="mark"/>: their savepoint was rolled back.</summary>
    internal static void ForgetAfter(System.Data.Common.DbTransaction transaction, int mark)
    {
        if (Pending.TryGetValue(transaction, out var entries) && entries.Count > mark)
        {
            entries.RemoveRange(mark, entries.Count - mark);
        }
    }

    /// <summary>The entries waiting for this transaction's commit, handed over once.</summary>
    internal static List<PendingAuditEntry> Take(System.Data.Common.DbTransaction transaction)
    {
        if (!Pending.TryGetValue(transaction, out var entries))
        {
            return [];
        }

        Pending.Remove(transaction);
        return entries;
    }
}
