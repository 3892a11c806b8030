using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Archiving;

/// <summary>
/// <c>archive migrate</c>, also run after the migrations at every start (ADR-025): moves the bytes still held by
/// archive rows written before the archive store (<c>Content</c>) into the store, then names them on the row and
/// empties <c>Content</c>, row by row. Idempotent and restartable: the file is written first (content-addressed, so a
/// second writer writes the same name) and the row is updated only while it still holds its bytes.
/// </summary>
public sealed class ArchiveBlobMover(FacturationDb db, IArchiveStore store)
{
    private const int BatchSize = 100;

    /// <summary>How many files were moved.</summary>
    public async Task<int> MoveAsync(CancellationToken ct)
    {
        var moved = 0;
        while (true)
        {
            var batch = 0;
            foreach (var row in await db.InvoiceArchives.AsNoTracking().Where(a => a.Content != null).OrderBy(a => a.InvoiceId).Take(BatchSize).Select(a => new { a.InvoiceId, a.Content }).ToListAsync(ct))
            {
                var blob = await store.PutAsync(row.Content!, "pdf", ct);
                batch += await db.InvoiceArchives.Where(a => a.InvoiceId == row.InvoiceId && a.Content != null)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.BlobName, blob.Name).SetProperty(a => a.Size, blob.Size).SetProperty(a => a.Content, (byte[]?)null), ct);
            }

            foreach (var row in await db.InvoiceXmlArchives.AsNoTracking().Where(a => a.Content != null).OrderBy(a => a.InvoiceId).ThenBy(a => a.Syntax).Take(BatchSize).Select(a => new { a.InvoiceId, a.Syntax, a.Content }).ToListAsync(ct))
            {
                var blob = await store.PutAsync(row.Content!, "xml", ct);
                batch += await db.InvoiceXmlArchives.Where(a => a.InvoiceId == row.InvoiceId && a.Syntax == row.Syntax && a.Content != null)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.BlobName, blob.Name).SetProperty(a => a.Size, blob.Size).SetProperty(a => a.Content, (byte[]?)null), ct);
            }

            foreach (var row in await db.StatementArchives.AsNoTracking().Where(a => a.Content != null).OrderBy(a => a.StatementId).Take(BatchSize).Select(a => new { a.StatementId, a.Content }).ToListAsync(ct))
            {
                var blob = await store.PutAsync(row.Content!, "pdf", ct);
                batch += await db.StatementArchives.Where(a => a.StatementId == row.StatementId && a.Content != null)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.BlobName, blob.Name).SetProperty(a => a.Size, blob.Size).SetProperty(a => a.Content, (byte[]?)null), ct);
            }

            moved += batch;
            if (batch == 0)
            {
                return moved;
            }
        }
    }
}
