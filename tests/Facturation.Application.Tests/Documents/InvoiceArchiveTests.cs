using Facturation.Application.Archiving;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Common;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Documents;

/// <summary>Finalization archives the PDF; downloads hand out those bytes and are recorded (real SQLite database).</summary>
public sealed class InvoiceArchiveTests
{
    private static async Task<(int Id, string Number)> FinalizedAsync(InvoicingDatabase database)
    {
        var id = (await database.CreateDraftsAsync(1)).Single();
        await using var scope = database.NewInstance();
        var invoice = await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None);
        return (id, invoice.Number!);
    }

    private static async Task<InvoicePdf> PdfAsync(InvoicingDatabase database, int id)
    {
        await using var scope = database.NewInstance();
        return await scope.ServiceProvider.GetRequiredService<IInvoicePdfSource>().GetAsync(id, CancellationToken.None);
    }

    private static InvoiceInput WithoutTax(int customerId)
    {
        var input = InvoicingDatabase.DraftInput(customerId);
        input.Lines = [new() { Description = "Sans taxe", Quantity = 1, UnitPrice = 10m }];
        return input;
    }

    [Fact]
    public async Task FinalizeAsync_archives_the_final_pdf_with_its_sha256()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();

        var (id, number) = await FinalizedAsync(database);

        var (archive, content) = await database.ArchivedPdfAsync(id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), archive.Sha256);
        var text = await PdfText.ExtractTextAsync(content);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Dupont", text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"Total TTC\s+480,00 €", text);
        Assert.DoesNotContain("PROFORMA", (await PdfText.ExtractRawTextAsync(content)).Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(await PdfText.FontsAsync(content), f => Assert.True(f.Embedded, f.Line));
    }

    [Fact]
    public async Task FinalizeAsync_archives_a_factur_x_pdfa_3b_embedding_the_archived_cii()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();

        var (id, _) = await FinalizedAsync(database);

        var (_, content) = await database.ArchivedPdfAsync(id);
        var cii = await database.ArchivedBytesAsync(await database.WithDbAsync(db => db.InvoiceXmlArchives.Where(a => a.InvoiceId == id && a.Syntax == InvoiceXmlSyntax.Cii).Select(a => a.BlobName).SingleAsync()));
        var xmp = await PdfText.MetadataAsync(content);
        Assert.Contains("<pdfaid:part>3</pdfaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", xmp, StringComparison.Ordinal);
        Assert.Contains("factur-x.xml", xmp, StringComparison.Ordinal);
        Assert.Equal(cii, await Qpdf.AttachmentAsync(content, "factur-x.xml"));
        Assert.Contains("No syntax or stream encoding errors found", await Qpdf.CheckAsync(content), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task ArchiveAsync_embeds_byte_for_byte_the_cii_its_source_gives_on_postgres()
    {
        // No background job: it would archive the document with its real CII before this test's archiver runs.
        await using var database = await InvoicingDatabase.PostgresAsync(renderAfterFinalization: false, new Dictionary<string, string> { ["Jobs:Enabled"] = "false" });
        var (id, _) = await FinalizedAsync(database);
        var cii = System.Text.Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cii invoice=\"{id}\"/>\n");
        await using var scope = database.NewInstance();
        var services = scope.ServiceProvider;
        var archiver = new InvoiceArchiver(
            services.GetRequiredService<Facturation.Application.Data.FacturationDb>(),
            services.GetRequiredService<InvoiceSnapshotBuilder>(),
            services.GetRequiredService<Facturation.Documents.IInvoiceDocumentRenderer>(),
            new FixedCii(cii),
            services.GetRequiredService<IArchiveStore>(),
            services.GetRequiredService<Facturation.Application.Audit.AuditJournal>(),
            TimeProvider.System);

        var archive = await archiver.ArchiveAsync(id, CancellationToken.None);

        var content = await database.ArchivedBytesAsync(archive.BlobName);
        var xmp = await PdfText.MetadataAsync(content);
        Assert.Contains("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>", xmp, StringComparison.Ordinal);
        Assert.Equal(cii, await DetachedAsync(content, "factur-x.xml"));
    }

    [Fact]
    public async Task FinalizeAsync_refused_leaves_no_archive()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = (await database.CreateDraftsAsync(1, WithoutTax)).Single();
        await using var scope = database.NewInstance();

        await Assert.ThrowsAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None));

        Assert.False(await database.WithDbAsync(db => db.InvoiceArchives.AnyAsync(a => a.InvoiceId == id)));
    }

    [Fact]
    public async Task GetAsync_issued_document_returns_the_archived_bytes()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var (id, number) = await FinalizedAsync(database);
        var (archive, content) = await database.ArchivedPdfAsync(id);

        var pdf = await PdfAsync(database, id);

        Assert.True(pdf.IsArchived);
        Assert.Equal(content, pdf.Content);
        Assert.Equal(archive.Sha256, pdf.Sha256);
        Assert.Equal($"{number}.pdf", pdf.FileName);
    }

    [Fact]
    public async Task GetAsync_draft_renders_a_watermarked_preview_with_its_proforma_number()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = (await database.CreateDraftsAsync(1)).Single();
        var proforma = await database.WithDbAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.ProformaNumber).SingleAsync());

        var pdf = await PdfAsync(database, id);

        Assert.False(pdf.IsArchived);
        Assert.Contains(InvoiceSnapshotMapping.ProformaWatermark, (await PdfText.ExtractRawTextAsync(pdf.Content)).Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches($@"Proforma n°\s+{proforma}", await PdfText.ExtractTextAsync(pdf.Content));
        Assert.False(await database.WithDbAsync(db => db.InvoiceArchives.AnyAsync(a => a.InvoiceId == id)));
    }

    [Fact]
    public async Task GetAsync_issued_document_without_archive_is_archived_once()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var (id, _) = await FinalizedAsync(database);
        // Simulates a document issued before archiving existed: past the guard that now forbids deleting an archive.
        await database.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"TR_InvoiceArchives_Frozen_Delete\""));
        await database.WithDbAsync(db => db.InvoiceArchives.Where(a => a.InvoiceId == id).ExecuteDeleteAsync());

        var first = await PdfAsync(database, id);
        var second = await PdfAsync(database, id);

        Assert.True(first.IsArchived);
        Assert.Equal(first.Content, second.Content);
        Assert.Equal(1, await database.WithDbAsync(db => db.InvoiceArchives.CountAsync(a => a.InvoiceId == id)));
    }

    [Fact]
    public async Task DownloadAsync_records_who_and_when_and_the_list_filters_not_downloaded()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var (downloadedId, _) = await FinalizedAsync(database);
        var (otherId, _) = await FinalizedAsync(database);
        await using var scope = database.NewInstance();
        var downloads = scope.ServiceProvider.GetRequiredService<InvoiceDownloadService>();

        await downloads.DownloadAsync(downloadedId, InvoicingDatabase.Biller, InvoiceDownloadService.WebChannel, CancellationToken.None);

        var history = await downloads.HistoryAsync(downloadedId, CancellationToken.None);
        var entry = Assert.Single(history);
        Assert.Equal((InvoicingDatabase.Biller.UserId, InvoicingDatabase.Biller.UserName, "web"), (entry.UserId, entry.UserName, entry.Channel));
        var notDownloaded = await scope.ServiceProvider.GetRequiredService<InvoiceService>().ListAsync(new InvoiceListQuery(NotDownloaded: true), CancellationToken.None);
        Assert.Contains(otherId, notDownloaded.Items.Select(i => i.Id));
        Assert.DoesNotContain(downloadedId, notDownloaded.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task DownloadAsync_draft_preview_is_not_recorded()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var id = (await database.CreateDraftsAsync(1)).Single();
        await using var scope = database.NewInstance();
        var downloads = scope.ServiceProvider.GetRequiredService<InvoiceDownloadService>();

        await downloads.DownloadAsync(id, InvoicingDatabase.Biller, InvoiceDownloadService.WebChannel, CancellationToken.None);

        Assert.Empty(await downloads.HistoryAsync(id, CancellationToken.None));
    }

    [PostgresFact]
    public async Task FinalizeAsync_on_postgres_archives_the_pdf()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();

        var (id, number) = await FinalizedAsync(database);

        var pdf = await PdfAsync(database, id);
        Assert.True(pdf.IsArchived);
        Assert.Contains(number, await PdfText.ExtractTextAsync(pdf.Content), StringComparison.Ordinal);
    }

    /// <summary>The attachment as <c>pdfdetach</c> (poppler-utils) extracts it.</summary>
    private static async Task<byte[]> DetachedAsync(byte[] pdf, string name)
    {
        var folder = Directory.CreateTempSubdirectory("facturx-");
        try
        {
            var path = Path.Combine(folder.FullName, "in.pdf");
            var output = Path.Combine(folder.FullName, name);
            await File.WriteAllBytesAsync(path, pdf);
            using var process = System.Diagnostics.Process.Start("pdfdetach", ["-savefile", name, "-o", output, path]);
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private sealed class FixedCii(byte[] xml) : IEInvoiceXmlSource
    {
        public byte[]? CiiFor(Facturation.Domain.Invoicing.Invoice invoice, Facturation.Documents.InvoiceDocumentSnapshot snapshot) => xml;
    }
}
