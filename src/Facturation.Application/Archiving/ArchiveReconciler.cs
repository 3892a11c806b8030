using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Archiving;

/// <summary>
/// <c>archive reconcile [--delete]</c>: compares the archive store with the rows that name its files. A file written
/// before a transaction that then failed (crash between store and commit) is an orphan: never served, listed, and
/// removed with <c>--delete</c> once older than the grace period (a younger one may belong to a commit in progress).
/// Every named file is read back and hashed: missing or altered files are reported.
/// </summary>
public sealed class ArchiveReconciler(FacturationDb db, IArchiveStore store)
{
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromHours(1);

    public async Task<ArchiveReconciliation> ReconcileAsync(bool deleteOrphans, TimeSpan grace, CancellationToken ct)
    {
        var named = new Dictionary<string, ArchivedFileRow>(StringComparer.Ordinal);
        var legacy = 0;
        await foreach (var row in ArchivedFileRows.AllAsync(db, ct))
        {
            if (row.BlobName is { } name)
            {
                named.TryAdd(name, row);
            }
            else
            {
                legacy++;
            }
        }

        // File times come from the file system's clock, not the business clock.
        var cutoff = DateTime.UtcNow - grace;
        var orphans = new List<StoredBlobEntry>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var recent = 0;
        await foreach (var file in store.ListAsync(ct))
        {
            if (named.ContainsKey(file.Name))
            {
                present.Add(file.Name);
            }
            else if (file.LastModifiedUtc > cutoff)
            {
                recent++;
            }
            else if (!await IsNamedNowAsync(file.Name, ct))
            {
                orphans.Add(file);
            }
        }

        if (deleteOrphans)
        {
            foreach (var orphan in orphans)
            {
                await store.DeleteAsync(orphan.Name, ct);
            }
        }

        var missing = named.Where(n => !present.Contains(n.Key)).Select(n => n.Value).ToList();
        var corrupt = new List<ArchivedFileRow>();
        foreach (var name in present)
        {
            var bytes = await store.ReadAsync(name, ct);
            if (bytes is null)
            {
                missing.Add(named[name]);
            }
            else if (StoredBlob.Hash(bytes) != named[name].Sha256)
            {
                corrupt.Add(named[name]);
            }
        }

        return new ArchiveReconciliation(orphans, deleteOrphans, recent, missing, corrupt, named.Count + legacy);
    }

    /// <summary>Checked again just before calling a file an orphan: a row may have committed since the rows were read.</summary>
    private async Task<bool> IsNamedNowAsync(string name, CancellationToken ct) =>
        await db.InvoiceArchives.AnyAsync(a => a.BlobName == name, ct)
        || await db.InvoiceXmlArchives.AnyAsync(a => a.BlobName == name, ct)
        || await db.StatementArchives.AnyAsync(a => a.BlobName == name, ct);
}
