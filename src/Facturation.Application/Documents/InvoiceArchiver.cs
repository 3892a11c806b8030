using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>
/// Renders an issued document and adds its archive row to the caller's unit of work: finalization saves it in
/// the same transaction as the number, so a final document never exists without its PDF.
/// </summary>
public sealed class InvoiceArchiver(FacturationDb db, InvoiceSnapshotBuilder snapshots, IInvoiceDocumentRenderer renderer, TimeProvider clock)
{
    public async Task<InvoiceArchive> ArchiveAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.IsDraft)
        {
            throw new InvalidOperationException("Only issued documents are archived.");
        }

        var snapshot = await snapshots.BuildAsync(invoice, ct);
        var content = renderer.Render(snapshot);
        var archive = new InvoiceArchive(invoice.Id, content, clock.GetUtcNow().UtcDateTime);
        db.Add(archive);

        // What the page and the API show of the issued document (customer as issued), saved with the PDF.
        if (await db.IssuedSnapshots.FindAsync([invoice.Id], ct) is null)
        {
            db.Add(new IssuedSnapshot(invoice.Id, IssuedSnapshotStore.Serialize(snapshot), archive.CreatedAtUtc));
        }

        return archive;
    }
}
