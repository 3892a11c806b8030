using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// Issued documents: the archived bytes. Drafts: a fresh, watermarked render (never archived). An issued
/// document without an archive (issued before archiving existed) is rendered and archived once, on first use.
/// </summary>
public sealed class InvoicePdfSource(FacturationDb db, InvoiceSnapshotBuilder snapshots, IInvoiceDocumentRenderer renderer, InvoiceArchiver archiver) : IInvoicePdfSource
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

        var archive = await db.Set<InvoiceArchive>().AsNoTracking().SingleOrDefaultAsync(a => a.InvoiceId == invoiceId, ct)
            ?? await ArchiveLateAsync(invoice, ct);
        return new InvoicePdf(fileName, archive.Content, archive.Sha256, IsArchived: true);
    }

    public static string FileNameOf(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return InvoicePdf.FileNameFor(invoice.DisplayNumber);
    }

    private async Task<InvoiceArchive> ArchiveLateAsync(Invoice invoice, CancellationToken ct)
    {
        var archive = await archiver.ArchiveAsync(invoice, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return archive;
        }
        catch (DbUpdateException)
        {
            // Another request archived it first: its bytes are the archived ones.
            db.Entry(archive).State = EntityState.Detached;
            return await db.Set<InvoiceArchive>().AsNoTracking().SingleAsync(a => a.InvoiceId == invoice.Id, ct);
        }
    }
}
