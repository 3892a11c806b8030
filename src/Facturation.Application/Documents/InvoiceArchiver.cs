using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// Renders an issued document as PDF/A-3b — Factur-X when <see cref="IEInvoiceXmlSource"/> gives its CII — and adds
/// its archive row to the caller's unit of work: finalization saves it in the same transaction as the number, so a
/// final document never exists without its PDF.
/// </summary>
public sealed class InvoiceArchiver(FacturationDb db, InvoiceSnapshotBuilder snapshots, IInvoiceDocumentRenderer renderer, IEInvoiceXmlSource eInvoices, TimeProvider clock)
{
    public async Task<InvoiceArchive> ArchiveAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.IsDraft)
        {
            throw new InvalidOperationException("Only issued documents are archived.");
        }

        var snapshot = await snapshots.BuildAsync(invoice, ct);
        var cii = eInvoices.CiiFor(invoice, snapshot);
        var content = renderer.RenderPdfA3(snapshot, cii is null ? null : new EInvoiceAttachment(cii));
        var archive = new InvoiceArchive(invoice.Id, content, clock.GetUtcNow().UtcDateTime);
        db.Add(archive);
        if (cii is not null && !await db.InvoiceXmlArchives.AnyAsync(a => a.InvoiceId == invoice.Id, ct))
        {
            AddXmlArchives(invoice, snapshot, cii, archive.CreatedAtUtc);
        }

        // What the page and the API show of the issued document (customer as issued), saved with the PDF.
        if (await db.IssuedSnapshots.FindAsync([invoice.Id], ct) is null)
        {
            db.Add(new IssuedSnapshot(invoice.Id, IssuedSnapshotStore.Serialize(snapshot), archive.CreatedAtUtc));
        }

        return archive;
    }

    /// <summary>The CII and UBL written once, beside the PDF, in the same unit of work (none for Québec documents).</summary>
    private void AddXmlArchives(Invoice invoice, InvoiceDocumentSnapshot snapshot, byte[] cii, DateTime nowUtc)
    {
        // The CII is the very bytes embedded in the PDF: /cii serves what the Factur-X file carries.
        if (EInvoiceXmlProducer.UblFor(invoice, snapshot) is { } ubl)
        {
            db.Add(new InvoiceXmlArchive(invoice.Id, InvoiceXmlSyntax.Cii, cii, nowUtc));
            db.Add(new InvoiceXmlArchive(invoice.Id, InvoiceXmlSyntax.Ubl, ubl, nowUtc));
        }
    }
}
