using System.Text.Json.Nodes;
using Facturation.Application.Archiving;
using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// Renders an issued document as PDF/A-3b — Factur-X when <see cref="IEInvoiceXmlSource"/> gives its CII — from the
/// snapshot frozen at finalization, writes the PDF and its XML to the archive store, then commits their rows with an
/// <c>invoice.archived</c> audit entry (ADR-025). Finalization calls it right after its commit, outside every lock;
/// every reader of an archived file (<see cref="InvoicePdfSource"/>, <see cref="InvoiceXmlService"/>) calls
/// <see cref="ArchiveAsync(int, CancellationToken)"/> first, so an issued document is never served without its one
/// archive: whoever comes first renders it, the unique key settles a race.
/// </summary>
public sealed class InvoiceArchiver(
    FacturationDb db,
    InvoiceSnapshotBuilder snapshots,
    IInvoiceDocumentRenderer renderer,
    IEInvoiceXmlSource eInvoices,
    IArchiveStore store,
    AuditJournal journal,
    TimeProvider clock)
{
    /// <summary>The archive of an issued document: the one committed, or rendered now from its frozen snapshot.</summary>
    public async Task<InvoiceArchive> ArchiveAsync(int invoiceId, CancellationToken ct)
    {
        if (await FindAsync(invoiceId, ct) is { } archived)
        {
            return archived;
        }

        var invoice = await db.Invoices.AsNoTracking().Include(i => i.History).AsSplitQuery().SingleAsync(i => i.Id == invoiceId, ct);
        if (invoice.IsDraft)
        {
            throw new InvalidOperationException("Only issued documents are archived.");
        }

        var snapshot = await FrozenSnapshotAsync(invoice, ct);
        return await RenderAndStoreAsync(invoice, snapshot, eInvoices.CiiFor(invoice, snapshot), justIssued: false, ct);
    }

    /// <summary>
    /// Right after a finalization's commit: the snapshot and CII it froze, still in memory (with the logo). No query
    /// looks for an existing archive first: the document was issued a moment ago, and a reader that archived it in
    /// between makes this insert fail on the primary key, so its archive is returned (as in any race).
    /// </summary>
    internal Task<InvoiceArchive> ArchiveIssuedAsync(Invoice invoice, InvoiceDocumentSnapshot snapshot, byte[]? cii, CancellationToken ct) =>
        RenderAndStoreAsync(invoice, snapshot, cii, justIssued: true, ct);

    private Task<InvoiceArchive?> FindAsync(int invoiceId, CancellationToken ct) =>
        db.InvoiceArchives.AsNoTracking().SingleOrDefaultAsync(a => a.InvoiceId == invoiceId, ct);

    /// <summary>
    /// The snapshot stored at finalization, with the company's logo (not stored with it); a document issued before
    /// snapshots were stored is mapped from its rows as it always was.
    /// </summary>
    private async Task<InvoiceDocumentSnapshot> FrozenSnapshotAsync(Invoice invoice, CancellationToken ct)
    {
        var json = await db.IssuedSnapshots.AsNoTracking().Where(s => s.InvoiceId == invoice.Id).Select(s => s.Json).SingleOrDefaultAsync(ct);
        if (json is null)
        {
            return await snapshots.BuildAsync(invoice, ct);
        }

        var frozen = IssuedSnapshotStore.Deserialize(json);
        var logo = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Logo).FirstOrDefaultAsync(ct);
        return frozen with { Issuer = frozen.Issuer with { Logo = logo ?? ReadOnlyMemory<byte>.Empty } };
    }

    // justIssued: issued by this call, so its XML rows cannot exist without its PDF row (one transaction writes both).
    private async Task<InvoiceArchive> RenderAndStoreAsync(Invoice invoice, InvoiceDocumentSnapshot snapshot, byte[]? cii, bool justIssued, CancellationToken ct)
    {
        // The CII is the very bytes embedded in the PDF: /cii serves what the Factur-X file carries. None for Québec.
        // The files are written side by side, each waiting for its own flush to disk.
        var rendered = renderer.RenderPdfA3(snapshot, cii is null ? null : new EInvoiceAttachment(cii));
        var ubl = cii is null ? null : EInvoiceXmlProducer.UblFor(invoice, snapshot);
        var files = new List<Task<StoredBlob>> { store.PutAsync(rendered, "pdf", ct) };
        if (cii is not null && ubl is not null)
        {
            files.Add(store.PutAsync(cii, "xml", ct));
            files.Add(store.PutAsync(ubl, "xml", ct));
        }

        var stored = await Task.WhenAll(files);
        var pdf = stored[0];
        var xml = stored is [_, var ciiBlob, var ublBlob] ? (Cii: ciiBlob, Ubl: ublBlob) : default;

        // The files are in the store before their rows commit: a crash in between leaves files no row names (orphans,
        // never served, listed by `archive reconcile`), never a row without its file.
        var now = clock.GetUtcNow().UtcDateTime;
        var archive = new InvoiceArchive(invoice.Id, pdf, now);
        var added = new List<object> { archive };
        try
        {
            // Its own transaction; on SQLite shared with the finalizations and archives queued meanwhile (ADR-035).
            await WriteTransaction.RunAsync(db, _ => SaveRowsAsync(invoice, justIssued, pdf, xml, added, now), ct);
            return archive;
        }
        catch (DbUpdateException)
        {
            // Another request archived it first (its transaction or savepoint rolled back): its file is the archived one.
            foreach (var entity in added)
            {
                db.Entry(entity).State = EntityState.Detached;
            }

            return await FindAsync(invoice.Id, ct) ?? throw new InvalidOperationException($"Archive of document {invoice.Id} vanished.");
        }
    }

    /// <summary>The archive's rows and its <c>invoice.archived</c> entry, inside the transaction (own or shared).</summary>
    private async Task<bool> SaveRowsAsync(Invoice invoice, bool justIssued, StoredBlob pdf, (StoredBlob? Cii, StoredBlob? Ubl) xml, List<object> added, DateTime now)
    {
        if (xml.Cii is not null && xml.Ubl is not null && (justIssued || !await db.InvoiceXmlArchives.AnyAsync(a => a.InvoiceId == invoice.Id)))
        {
            added.Add(new InvoiceXmlArchive(invoice.Id, InvoiceXmlSyntax.Cii, xml.Cii, now));
            added.Add(new InvoiceXmlArchive(invoice.Id, InvoiceXmlSyntax.Ubl, xml.Ubl, now));
        }

        db.AddRange(added);
        await db.SaveChangesAsync();
        await journal.AppendAsync(AuditEvents.InvoiceArchived, invoice.Number, ArchivedPayload(invoice, pdf, xml.Cii, xml.Ubl), CancellationToken.None);
        return true;
    }

    private static JsonObject ArchivedPayload(Invoice invoice, StoredBlob pdf, StoredBlob? cii, StoredBlob? ubl) => new()
    {
        ["invoiceId"] = invoice.Id,
        ["number"] = invoice.Number,
        ["pdfSha256"] = pdf.Sha256,
        ["pdfSize"] = pdf.Size,
        ["ciiSha256"] = cii?.Sha256,
        ["ublSha256"] = ubl?.Sha256,
    };
}
