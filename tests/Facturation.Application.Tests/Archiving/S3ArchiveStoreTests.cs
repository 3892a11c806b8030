using Facturation.Application.Archiving;
using Facturation.Application.Audit;
using Facturation.Application.Documents;
using Facturation.Application.Tests.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Archiving;

/// <summary>
/// The S3 archive store (ADR-025) against a real S3-compatible server process (s3rver): the
/// store's own contract, then finalization, serving, reconciliation and <c>audit verify</c> on SQLite and PostgreSQL
/// with <c>Archive__Store=S3</c>.
/// </summary>
public sealed class S3ArchiveStoreTests
{
    public static TheoryData<bool> Providers => [false, true];

    private static S3ArchiveStore StoreOf(S3TestServer server, string bucket = S3TestServer.Bucket) => new(new S3ArchiveOptions
    {
        ServiceUrl = server.ServiceUrl,
        Bucket = bucket,
        AccessKey = S3TestServer.Credential,
        SecretKey = S3TestServer.Credential,
        ForcePathStyle = true,
    });

    private static async Task<List<StoredBlobEntry>> ListAsync(S3ArchiveStore store)
    {
        var entries = new List<StoredBlobEntry>();
        await foreach (var entry in store.ListAsync(CancellationToken.None))
        {
            entries.Add(entry);
        }

        return entries;
    }

    [Fact]
    public async Task Store_puts_under_the_sha256_reads_lists_and_deletes_in_the_bucket()
    {
        await using var server = await S3TestServer.StartAsync();
        using var store = StoreOf(server);
        var content = "%PDF-1.7 facture"u8.ToArray();

        var blob = await store.PutAsync(content, "pdf", CancellationToken.None);
        var again = await store.PutAsync(content, "pdf", CancellationToken.None);

        var sha256 = StoredBlob.Hash(content);
        Assert.Equal(($"{sha256[..2]}/{sha256}.pdf", (long)content.Length, sha256), (blob.Name, blob.Size, blob.Sha256));
        Assert.Equal(blob, again);
        using (var otherInstance = StoreOf(server))
        {
            Assert.Equal(content, await otherInstance.ReadAsync(blob.Name, CancellationToken.None));
        }

        Assert.Null(await store.ReadAsync($"{sha256[..2]}/absent.pdf", CancellationToken.None));
        var listed = Assert.Single(await ListAsync(store));
        Assert.Equal((blob.Name, blob.Size), (listed.Name, listed.Size));
        Assert.InRange(listed.LastModifiedUtc, DateTime.UtcNow.AddMinutes(-10), DateTime.UtcNow.AddMinutes(1));
        Assert.Null(await store.ProblemAsync(CancellationToken.None));
        Assert.DoesNotContain(await ListAsync(store), e => e.Name != blob.Name); // the probe object is gone

        await store.DeleteAsync(blob.Name, CancellationToken.None);
        Assert.Null(await store.ReadAsync(blob.Name, CancellationToken.None));
        Assert.Empty(await ListAsync(store));
    }

    [Fact]
    public async Task Missing_bucket_is_reported_by_the_readiness_probe_and_refused_on_write()
    {
        await using var server = await S3TestServer.StartAsync();
        using var store = StoreOf(server, bucket: "absent");

        var problem = await store.ProblemAsync(CancellationToken.None);

        Assert.NotNull(problem);
        Assert.Contains("compartiment S3 absent", problem, StringComparison.Ordinal);
        await Assert.ThrowsAsync<Amazon.S3.AmazonS3Exception>(() => store.PutAsync([1, 2, 3], "pdf", CancellationToken.None));
    }

    [Fact]
    public void Incomplete_S3_configuration_stops_the_start_with_the_missing_keys()
    {
        var options = new ArchiveOptions { Store = ArchiveStoreKind.S3, S3 = { ServiceUrl = "http://127.0.0.1:9000", Bucket = "archives" } };

        var error = Assert.Throws<InvalidOperationException>(() => ArchiveStores.Create(options));

        Assert.Contains("Archive__S3__AccessKey, Archive__S3__SecretKey", error.Message, StringComparison.Ordinal);
    }

    [ServiceTheory(TestService.Postgres)]
    [MemberData(nameof(Providers))]
    public async Task Issued_documents_are_archived_in_the_bucket_served_reconciled_and_verified(bool postgres)
    {
        await using var server = await S3TestServer.StartAsync();
        // The scheduled jobs off: their first pass (10 s after start) could archive the document while the finalization's
        // own render runs, leaving a second, uncommitted object in the bucket.
        var settings = server.Settings.ToDictionary();
        settings["Jobs:Enabled"] = "false";
        await using var database = postgres
            ? await InvoicingDatabase.PostgresAsync(settings: settings)
            : await InvoicingDatabase.SqliteAsync(settings: settings);
        var id = (await database.CreateDraftsAsync(1)).Single();
        await database.FinalizeAsync(id);

        var (archive, content) = await database.ArchivedPdfAsync(id);
        using var bucket = StoreOf(server);
        Assert.Equal(content, await bucket.ReadAsync(archive.BlobName!, CancellationToken.None));
        Assert.Equal((StoredBlob.Hash(content), (long)content.Length), (archive.Sha256, archive.Size));
        var served = await database.WithAsync<IInvoicePdfSource, InvoicePdf>(s => s.GetAsync(id, CancellationToken.None));
        Assert.Equal(content, served.Content);
        var number = await database.WithDbAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.Number).SingleAsync());
        Assert.Contains(number!, await PdfText.ExtractTextAsync(served.Content), StringComparison.Ordinal);

        // An object written by a render that never committed: listed as an orphan, then deleted.
        var orphan = await bucket.PutAsync("%PDF-1.7 rendu interrompu"u8.ToArray(), "pdf", CancellationToken.None);
        var listed = await database.WithAsync<ArchiveReconciler, ArchiveReconciliation>(r => r.ReconcileAsync(false, TimeSpan.Zero, CancellationToken.None));
        var deleted = await database.WithAsync<ArchiveReconciler, ArchiveReconciliation>(r => r.ReconcileAsync(true, TimeSpan.Zero, CancellationToken.None));
        Assert.True(listed is { Healthy: true, Checked: 3 });
        Assert.Equal([orphan.Name], listed.Orphans.Select(o => o.Name));
        Assert.Equal([orphan.Name], deleted.Orphans.Select(o => o.Name));
        Assert.Null(await bucket.ReadAsync(orphan.Name, CancellationToken.None));
        Assert.True((await database.WithAsync<AuditVerifier, AuditVerification>(v => v.VerifyAsync(CancellationToken.None))).Intact);

        // An object lost from the bucket: reconcile and audit verify both name it.
        await bucket.DeleteAsync(archive.BlobName!, CancellationToken.None);
        var missing = await database.WithAsync<ArchiveReconciler, ArchiveReconciliation>(r => r.ReconcileAsync(false, TimeSpan.Zero, CancellationToken.None));
        var verification = await database.WithAsync<AuditVerifier, AuditVerification>(v => v.VerifyAsync(CancellationToken.None));
        Assert.Equal([archive.BlobName], missing.Missing.Select(m => m.BlobName));
        Assert.Equal((AuditEvents.InvoiceArchived, archive.Sha256), (verification.FirstBreak?.Event, verification.FirstBreak?.Expected));
    }
}
