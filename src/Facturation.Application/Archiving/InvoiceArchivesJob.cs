using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Application.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Archiving;

/// <summary>
/// Job <c>invoice-archives</c>: renders and archives issued documents that have no archive yet — a process that stopped
/// between a finalization's commit and its render, a finalization inside a caller's transaction, or every document
/// when <c>Archive__RenderAfterFinalization</c> is false. The archive's unique key is the claim: two instances rendering
/// the same document at once commit one archive, the other's insert is refused and its file left as an orphan.
/// </summary>
public sealed class InvoiceArchivesJob(FacturationDb db, InvoiceArchiver archiver) : IScheduledJob
{
    private const int BatchSize = 100;

    public string Name => "invoice-archives";

    public async Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken)
    {
        var processed = 0;
        while (true)
        {
            var pending = await PendingAsync(cancellationToken);
            foreach (var id in pending)
            {
                await archiver.ArchiveAsync(id, cancellationToken);
                processed++;
            }

            if (pending.Count < BatchSize)
            {
                return processed;
            }
        }
    }

    /// <summary>Issued documents without an archive, oldest first.</summary>
    public Task<List<int>> PendingAsync(CancellationToken ct)
    {
        return db.Invoices.AsNoTracking()
            .Where(i => i.Number != null && !db.InvoiceArchives.Any(a => a.InvoiceId == i.Id))
            .OrderBy(i => i.Id).Select(i => i.Id).Take(BatchSize).ToListAsync(ct);
    }
}
