using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Facturation.Application.Data.Interceptors;

/// <summary>
/// The database-level guard of the legal rule "a numbered document is never edited or deleted": whatever
/// code path tries to save a change to an issued document's content, its lines, or its deletion, the save is
/// refused. Only the status may move after issue (sent, paid, cancelled…). Finalization itself passes: the
/// document was still a draft when loaded.
/// </summary>
public sealed class FrozenDocumentInterceptor : SaveChangesInterceptor
{
    // What may move after issue is defined by the lifecycle (ADR-029): nothing printed on the document.
    private static readonly System.Collections.Frozen.FrozenSet<string> ChangeableAfterIssue = InvoiceLifecycle.ChangeableAfterIssue;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            using var detectedOnce = DetectChangesOnce(context);
            Check(context, ids => StatusesAsync(context, ids, CancellationToken.None).GetAwaiter().GetResult());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            using var detectedOnce = DetectChangesOnce(context);
            var lineOwners = LineOwnersNotTracked(context);
            var statuses = lineOwners.Count == 0 ? [] : await StatusesAsync(context, lineOwners, cancellationToken);
            Check(context, _ => statuses);
        }

        return result;
    }

    private static void Check(DbContext context, Func<List<int>, Dictionary<int, InvoiceStatus>> loadStatuses)
    {
        var issued = new Dictionary<int, InvoiceStatus>();
        foreach (var entry in context.ChangeTracker.Entries<Invoice>())
        {
            var original = entry.State == EntityState.Added ? InvoiceStatus.Draft : entry.OriginalValues.GetValue<InvoiceStatus>(nameof(Invoice.Status));
            if (original == InvoiceStatus.Draft)
            {
                continue;
            }

            issued[entry.Entity.Id] = original;
            if (entry.State == EntityState.Deleted)
            {
                throw Frozen(entry.Entity, "supprimé");
            }

            if (entry.State == EntityState.Modified
                && (entry.Properties.Any(p => p.IsModified && !ChangeableAfterIssue.Contains(p.Metadata.Name)) || entry.ComplexProperties.Any(p => p.IsModified)))
            {
                throw Frozen(entry.Entity, "modifié");
            }
        }

        var untracked = LineOwnersNotTracked(context);
        foreach (var (id, status) in untracked.Count == 0 ? [] : loadStatuses(untracked))
        {
            issued[id] = status;
        }

        foreach (var line in ChangedLines(context))
        {
            if (issued.ContainsKey(OwnerOf(line)))
            {
                throw DomainException.Conflict("invoice.frozen", "Les lignes d'un document émis ne peuvent plus être modifiées.");
            }
        }
    }

    /// <summary>
    /// <c>Entries&lt;T&gt;()</c> scans every tracked entity for changes on each call (six calls per save here, one more in
    /// SaveChanges itself): detect once, then read the entries as they are until the check ends.
    /// </summary>
    private static AutoDetectionPause DetectChangesOnce(DbContext context)
    {
        var tracker = context.ChangeTracker;
        tracker.DetectChanges();
        var pause = new AutoDetectionPause(tracker, tracker.AutoDetectChangesEnabled);
        tracker.AutoDetectChangesEnabled = false;
        return pause;
    }

    private static List<int> LineOwnersNotTracked(DbContext context)
    {
        var tracked = context.ChangeTracker.Entries<Invoice>().Select(e => e.Entity.Id).ToHashSet();
        return ChangedLines(context).Select(OwnerOf).Where(id => id != 0 && !tracked.Contains(id)).Distinct().ToList();
    }

    private static IEnumerable<EntityEntry<InvoiceLine>> ChangedLines(DbContext context) =>
        context.ChangeTracker.Entries<InvoiceLine>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private static int OwnerOf(EntityEntry<InvoiceLine> line)
    {
        var property = line.Property("InvoiceId");
        var value = line.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
        return value is int id ? id : 0;
    }

    private static Task<Dictionary<int, InvoiceStatus>> StatusesAsync(DbContext context, List<int> ids, CancellationToken ct) =>
        context.Set<Invoice>().AsNoTracking().Where(i => ids.Contains(i.Id) && i.Status != InvoiceStatus.Draft)
            .ToDictionaryAsync(i => i.Id, i => i.Status, ct);

    private static DomainException Frozen(Invoice invoice, string verb) =>
        DomainException.Conflict("invoice.frozen", $"Le document {invoice.DisplayNumber} est émis : il ne peut pas être {verb}.");

    private readonly record struct AutoDetectionPause(ChangeTracker Tracker, bool WasEnabled) : IDisposable
    {
        public void Dispose() => Tracker.AutoDetectChangesEnabled = WasEnabled;
    }
}
