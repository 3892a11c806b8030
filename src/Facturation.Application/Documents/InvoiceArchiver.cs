using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>
/// Renders an issued document as PDF/A-3b — Factur-X when <see cref="IEInvoiceXmlSource"/> gives its CII — and adds
/// its archive row to the caller's unit of work: finalization saves it in the same transaction as the number, so a
/// final document never exists without its PDF.
/// </summary>
public sealed class InvoiceArchiver(FacturationDb db, InvoiceSnapshotBuilder snapshots, IInvoiceDocumentRenderer renderer, IEInvoiceXmlSource einvoices, TimeProvider clock)
{
    public async Task<InvoiceArchive> ArchiveAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.IsDraft)
        {
            throw new InvalidOperationException("Only issued documents are archived.");
        }

        var snapshot = await snapshots.BuildAsync(invoice, ct);
        var cii = await einvoices.CiiForAsync(invoice, ct);
        var content = renderer.RenderPdfA3(snapshot, cii is null ? null : new EInvoiceAttachment(cii));
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
