using Facturation.Application.Archiving;
using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// Issued documents: the archived bytes, read from the archive store and checked against their SHA-256; a document
/// whose archive is not committed yet (rendered after its finalization's commit, ADR-025) is archived first, so no
/// caller ever sees an issued document without its one archive. Drafts: a fresh, watermarked render (never archived).
/// </summary>
public sealed class InvoicePdfSource(FacturationDb db, InvoiceSnapshotBuilder snapshots, IInvoiceDocumentRenderer renderer, InvoiceArchiver archiver, ArchivedFiles files) : IInvoicePdfSource
{
    public async Task<InvoicePdf> GetAsync(int invoiceId, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.History).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == invoiceId, ct)
            ?? throw DomainException.NotFound("invoice", "Document", invoiceId);
        var fileName = FileNameOf(invoice);
        if (invoice.IsDraft)
        {
            var preview = renderer.Render(await snapshots.BuildAsync(invoice, ct));
            return new InvoicePdf(fileName, preview, InvoiceArchive.Hash(preview), IsArchived: false);
        }

        var archive = await archiver.ArchiveAsync(invoiceId, ct);
        return new InvoicePdf(fileName, await files.ReadAsync(archive.BlobName, archive.Sha256, ct), archive.Sha256, IsArchived: true);
    }

    public static string FileNameOf(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return InvoicePdf.FileNameFor(invoice.DisplayNumber);
    }
}
