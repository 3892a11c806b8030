using Facturation.Application.Archiving;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// The archived CII / UBL of an issued document (the exact bytes archived with its PDF, read from the archive store and
/// checked). Drafts and Québec documents have none (409 with the reason). A document whose archive is not committed
/// yet is archived first (PDF and XML together, ADR-025); one issued before e-invoicing existed gets its XML once, on
/// first request, with its PDF archive untouched.
/// </summary>
public sealed class InvoiceXmlService(FacturationDb db, InvoiceSnapshotBuilder snapshots, EInvoiceXmlProducer producer, InvoiceArchiver archiver, IArchiveStore store, ArchivedFiles files, TimeProvider clock)
{
    public async Task<InvoiceXml> GetAsync(int invoiceId, InvoiceXmlSyntax syntax, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.History).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == invoiceId, ct)
            ?? throw DomainException.NotFound("invoice", "Document", invoiceId);
        if (invoice.IsDraft)
        {
            throw DomainException.Conflict("einvoice.draft", $"{invoice.DisplayNumber} est un brouillon : la facture électronique n'existe qu'une fois le document émis.");
        }

        if (EInvoiceScope.RefusalFor(invoice) is { } reason)
        {
            throw DomainException.Conflict("einvoice.out_of_scope", reason);
        }

        await archiver.ArchiveAsync(invoiceId, ct);
        var archive = await FindAsync(invoiceId, syntax, ct) ?? await ArchiveLateAsync(invoice, syntax, ct);
        return new InvoiceXml(FileNameOf(invoice, syntax), await files.ReadAsync(archive.BlobName, archive.Sha256, ct), archive.Sha256);
    }

    public static string FileNameOf(Invoice invoice, InvoiceXmlSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var pdf = InvoicePdf.FileNameFor(invoice.DisplayNumber);
        return $"{Path.GetFileNameWithoutExtension(pdf)}-{(syntax == InvoiceXmlSyntax.Cii ? "cii" : "ubl")}.xml";
    }

    private Task<InvoiceXmlArchive?> FindAsync(int invoiceId, InvoiceXmlSyntax syntax, CancellationToken ct) =>
        db.InvoiceXmlArchives.AsNoTracking().SingleOrDefaultAsync(a => a.InvoiceId == invoiceId && a.Syntax == syntax, ct);

    private async Task<InvoiceXmlArchive> ArchiveLateAsync(Invoice invoice, InvoiceXmlSyntax syntax, CancellationToken ct)
    {
        var snapshot = await snapshots.BuildAsync(invoice, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var archives = new[]
        {
            new InvoiceXmlArchive(invoice.Id, InvoiceXmlSyntax.Cii, await store.PutAsync(producer.CiiFor(invoice, snapshot)!, "xml", ct), now),
            new InvoiceXmlArchive(invoice.Id, InvoiceXmlSyntax.Ubl, await store.PutAsync(EInvoiceXmlProducer.UblFor(invoice, snapshot)!, "xml", ct), now),
        };
        db.AddRange(archives);
        try
        {
            await db.SaveChangesAsync(ct);
            return archives.Single(a => a.Syntax == syntax);
        }
        catch (DbUpdateException)
        {
            // Another request archived them first: its bytes are the archived ones.
            foreach (var archive in archives)
            {
                db.Entry(archive).State = EntityState.Detached;
            }

            return await FindAsync(invoice.Id, syntax, ct) ?? throw new InvalidOperationException("XML archive vanished.");
        }
    }
}
