using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// Renders an issued document and adds its archive row to the caller's unit of work: finalization saves it in
/// the same transaction as the number, so a final document never exists without its PDF.
/// </summary>
public sealed class InvoiceArchiver(FacturationDb db, InvoiceSnapshotBuilder snapshots, IInvoiceDocumentRenderer renderer, EInvoiceXmlProducer eInvoices, TimeProvider clock)
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
        if (!await db.InvoiceXmlArchives.AnyAsync(a => a.InvoiceId == invoice.Id, ct))
        {
            AddXmlArchives(invoice, snapshot, archive.CreatedAtUtc);
        }

        return archive;
    }

    /// <summary>The CII and UBL written once, beside the PDF, in the same unit of work (none for Québec documents).</summary>
    private void AddXmlArchives(Invoice invoice, InvoiceDocumentSnapshot snapshot, DateTime nowUtc)
    {
        if (eInvoices.CiiFor(invoice, snapshot) is { } cii && EInvoiceXmlProducer.UblFor(invoice, snapshot) is { } ubl)
        {
            db.Add(new InvoiceXmlArchive(invoice.Id, InvoiceXmlSyntax.Cii, cii, nowUtc));
            db.Add(new InvoiceXmlArchive(invoice.Id, InvoiceXmlSyntax.Ubl, ubl, nowUtc));
        }
    }
}
