using Facturation.Application.Archiving;
using Facturation.Application.Audit;
using Facturation.Application.Documents;
using Facturation.Application.Jobs;
using Facturation.Application.Tests.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Archiving;

/// <summary>
/// Archived files in the archive store (ADR-025), on a real SQLite file and a real PostgreSQL database: the row
/// names the file, a file written by a transaction that never committed is never served and is found and removed by
/// reconciliation, an altered file is caught, rows written before the store are moved out, and finalization can leave
/// the render to the first reader or the job without ever serving an issued document without its one archive.
/// </summary>
public sealed class ArchiveStoreTests
{
    public static TheoryData<bool> Providers => [false, true];

    // The tests run the invoice-archives job themselves: the app's background worker (first run 10 s after start) would
    // otherwise archive a document first on a slow machine and the job would find nothing to do.
    private static readonly Dictionary<string, string> JobsByTheTest = new() { ["Jobs:Enabled"] = "false" };

    private static async Task<InvoicingDatabase> DatabaseAsync(bool postgres, bool renderAfterFinalization = true) =>
        postgres ? await InvoicingDatabase.PostgresAsync(renderAfterFinalization, JobsByTheTest) : await InvoicingDatabase.SqliteAsync(renderAfterFinalization, JobsByTheTest);

    private static async Task<int> IssuedAsync(InvoicingDatabase database)
    {
        var id = (await database.CreateDraftsAsync(1)).Single();
        await database.FinalizeAsync(id);
        return id;
    }

    private static Task<ArchiveReconciliation> ReconcileAsync(InvoicingDatabase database, bool delete) =>
        database.WithAsync<ArchiveReconciler, ArchiveReconciliation>(r => r.ReconcileAsync(delete, TimeSpan.Zero, CancellationToken.None));

    private static Task<int> RunArchivesJobAsync(InvoicingDatabase database) =>
        database.WithAsync<IEnumerable<IScheduledJob>, int>(jobs => jobs.Single(job => job.Name == "invoice-archives").RunDueAsync("test", CancellationToken.None));

    private static Task<InvoicePdf> PdfAsync(InvoicingDatabase database, int id) =>
        database.WithAsync<IInvoicePdfSource, InvoicePdf>(s => s.GetAsync(id, CancellationToken.None));

    [ServiceTheory(TestService.Postgres)]
    [MemberData(nameof(Providers))]
    public async Task FinalizeAsync_writes_the_files_to_the_store_and_the_rows_only_name_them(bool postgres)
    {
        await using var database = await DatabaseAsync(postgres);

        var id = await IssuedAsync(database);

        var (archive, content) = await database.ArchivedPdfAsync(id);
        Assert.Null(archive.Content);
        Assert.Equal((StoredBlob.Hash(content), (long)content.Length), (archive.Sha256, archive.Size));
        Assert.Equal($"{archive.Sha256[..2]}/{archive.Sha256}.pdf", archive.BlobName);
        var xml = await database.WithDbAsync(db => db.InvoiceXmlArchives.Where(a => a.InvoiceId == id).ToListAsync());
        Assert.Equal(2, xml.Count);
        Assert.All(xml, a => Assert.Null(a.Content));
        foreach (var file in xml)
        {
            Assert.Equal(file.Sha256, StoredBlob.Hash(await database.ArchivedBytesAsync(file.BlobName)));
        }

        Assert.Equal(content, (await PdfAsync(database, id)).Content);
        Assert.True((await ReconcileAsync(database, delete: false)) is { Healthy: true, Orphans.Count: 0, Checked: 3 });
    }

    [ServiceTheory(TestService.Postgres)]
    [MemberData(nameof(Providers))]
    public async Task Crash_between_store_and_commit_leaves_an_orphan_never_served_that_reconcile_lists_and_deletes(bool postgres)
    {
        await using var database = await DatabaseAsync(postgres, renderAfterFinalization: false);
        var id = await IssuedAsync(database);

        // The render of an archiver that stored its file then died before its commit: the file, no row.
        var orphan = await database.WithAsync<IArchiveStore, StoredBlob>(store => store.PutAsync("%PDF-1.7 rendu interrompu"u8.ToArray(), "pdf", CancellationToken.None));
        var served = await PdfAsync(database, id);
        var listed = await ReconcileAsync(database, delete: false);
        var deleted = await ReconcileAsync(database, delete: true);
        var after = await ReconcileAsync(database, delete: false);

        var (archive, content) = await database.ArchivedPdfAsync(id);
        Assert.NotEqual(orphan.Name, archive.BlobName);
        Assert.Equal(content, served.Content);
        var number = await database.WithDbAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.Number).SingleAsync());
        Assert.Contains(number!, await PdfText.ExtractTextAsync(served.Content), StringComparison.Ordinal);
        Assert.Equal([orphan.Name], listed.Orphans.Select(o => o.Name));
        Assert.True(listed.Healthy);
        Assert.Equal([orphan.Name], deleted.Orphans.Select(o => o.Name));
        Assert.Null(await database.WithAsync<IArchiveStore, byte[]?>(store => store.ReadAsync(orphan.Name, CancellationToken.None)));
        Assert.True(after is { Healthy: true, Orphans.Count: 0 });
        Assert.Equal(content, (await PdfAsync(database, id)).Content);
    }

    [ServiceTheory(TestService.Postgres)]
    [MemberData(nameof(Providers))]
    public async Task Altered_file_is_reported_by_reconcile_and_audit_verify_and_never_served(bool postgres)
    {
        await using var database = await DatabaseAsync(postgres);
        var id = await IssuedAsync(database);
        var (archive, content) = await database.ArchivedPdfAsync(id);
        content[content.Length / 2] ^= 0x01;
        var folder = await database.WithAsync<IArchiveStore, string>(store => Task.FromResult(((FolderArchiveStore)store).Root));
        await File.WriteAllBytesAsync(Path.Combine(folder, archive.BlobName!), content);

        var reconciliation = await ReconcileAsync(database, delete: false);
        var verification = await database.WithAsync<AuditVerifier, AuditVerification>(v => v.VerifyAsync(CancellationToken.None));

        Assert.False(reconciliation.Healthy);
        Assert.Equal([archive.BlobName], reconciliation.Corrupt.Select(c => c.BlobName));
        Assert.Empty(reconciliation.Missing);
        Assert.Equal((AuditEvents.InvoiceArchived, FrozenPrint.PdfMember, archive.Sha256), (verification.FirstBreak?.Event, verification.FirstBreak?.Field, verification.FirstBreak?.Expected));
        await Assert.ThrowsAsync<ArchiveFileException>(() => PdfAsync(database, id));
    }

    [ServiceTheory(TestService.Postgres)]
    [MemberData(nameof(Providers))]
    public async Task Missing_file_is_reported_by_reconcile_and_by_audit_verify(bool postgres)
    {
        await using var database = await DatabaseAsync(postgres);
        var id = await IssuedAsync(database);
        var xml = await database.WithDbAsync(db => db.InvoiceXmlArchives.Where(a => a.InvoiceId == id && a.Syntax == InvoiceXmlSyntax.Ubl).SingleAsync());
        await database.WithAsync<IArchiveStore, int>(async store =>
        {
            await store.DeleteAsync(xml.BlobName!, CancellationToken.None);
            return 0;
        });

        var reconciliation = await ReconcileAsync(database, delete: false);
        var verification = await database.WithAsync<AuditVerifier, AuditVerification>(v => v.VerifyAsync(CancellationToken.None));

        Assert.Equal([xml.BlobName], reconciliation.Missing.Select(m => m.BlobName));
        Assert.Equal(("archive.file", xml.BlobName, xml.Sha256), (verification.FirstBreak?.Event, verification.FirstBreak?.Field, verification.FirstBreak?.Expected));
    }

    [ServiceTheory(TestService.Postgres)]
    [MemberData(nameof(Providers))]
    public async Task Deferred_render_is_done_once_by_the_first_reader_or_the_job(bool postgres)
    {
        await using var database = await DatabaseAsync(postgres, renderAfterFinalization: false);
        var read = await IssuedAsync(database);
        var jobbed = await IssuedAsync(database);
        Assert.Equal(0, await database.WithDbAsync(db => db.InvoiceArchives.CountAsync()));

        var pdfs = await Task.WhenAll(PdfAsync(database, read), PdfAsync(database, read), PdfAsync(database, read));
        var processed = await RunArchivesJobAsync(database);
        var again = await RunArchivesJobAsync(database);

        var (archive, content) = await database.ArchivedPdfAsync(read);
        Assert.All(pdfs, pdf => Assert.Equal(content, pdf.Content));
        Assert.Equal((1, 0), (processed, again));
        Assert.Equal(2, await database.WithDbAsync(db => db.InvoiceArchives.CountAsync()));
        Assert.Equal(2, await database.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Event == AuditEvents.InvoiceArchived)));
        Assert.Equal(archive.Sha256, (await PdfAsync(database, read)).Sha256);
        Assert.True((await database.WithAsync<AuditVerifier, AuditVerification>(v => v.VerifyAsync(CancellationToken.None))).Intact);
    }

    [ServiceTheory(TestService.Postgres)]
    [MemberData(nameof(Providers))]
    public async Task Archive_rows_written_before_the_store_are_moved_out_once(bool postgres)
    {
        await using var database = await DatabaseAsync(postgres, renderAfterFinalization: false);
        var id = await IssuedAsync(database);
        var legacy = "%PDF-1.4 archive d'avant le magasin"u8.ToArray();
        var sha256 = StoredBlob.Hash(legacy);
        var now = DateTime.UtcNow;
        await database.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "InvoiceArchives" ("InvoiceId", "Content", "Sha256", "Size", "CreatedAtUtc") VALUES ({id}, {legacy}, {sha256}, {0L}, {now})"""));

        var moved = await database.WithAsync<ArchiveBlobMover, int>(m => m.MoveAsync(CancellationToken.None));
        var again = await database.WithAsync<ArchiveBlobMover, int>(m => m.MoveAsync(CancellationToken.None));

        var (archive, content) = await database.ArchivedPdfAsync(id);
        Assert.Equal((1, 0), (moved, again));
        Assert.Equal(legacy, content);
        Assert.Null(archive.Content);
        Assert.Equal(((long)legacy.Length, $"{sha256[..2]}/{sha256}.pdf"), (archive.Size, archive.BlobName));
        Assert.Equal(legacy, (await PdfAsync(database, id)).Content);

        // Past the move, the guard refuses any change to the row again.
        await Assert.ThrowsAnyAsync<Exception>(() => database.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "InvoiceArchives" SET "BlobName" = {"ab/autre.pdf"} WHERE "InvoiceId" = {id}""")));
        await Assert.ThrowsAnyAsync<Exception>(() => database.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "InvoiceArchives" SET "Content" = {legacy} WHERE "InvoiceId" = {id}""")));
        Assert.Equal(archive.BlobName, await database.WithDbAsync(db => db.InvoiceArchives.Where(a => a.InvoiceId == id).Select(a => a.BlobName).SingleAsync()));
    }
}
