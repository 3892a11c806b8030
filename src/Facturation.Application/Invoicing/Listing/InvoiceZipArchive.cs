using System.IO.Compression;
using Facturation.Application.Documents;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// "Tout télécharger": one ZIP of the selected documents' PDFs, each entry named by its number — the archived file,
/// byte for byte, for an issued document (the download is recorded), the watermarked preview for a draft.
/// </summary>
public sealed class InvoiceZipArchive(InvoiceDownloadService downloads)
{
    public const int MaxDocuments = 500;

    public async Task WriteAsync(IReadOnlyCollection<int> invoiceIds, Actor actor, string channel, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoiceIds);
        var ids = invoiceIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new DomainException("archive.empty", "Sélectionnez au moins un document.", "InvoiceIds");
        }

        if (ids.Count > MaxDocuments)
        {
            throw new DomainException("archive.too_many", $"Au plus {MaxDocuments} documents par archive.", "InvoiceIds");
        }

        var pdfs = new List<InvoicePdf>();
        foreach (var id in ids)
        {
            pdfs.Add(await downloads.DownloadAsync(id, actor, channel, ct));
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var pdf in pdfs)
        {
            var entry = zip.CreateEntry(pdf.FileName, CompressionLevel.Fastest);
            await using var stream = entry.Open();
            await stream.WriteAsync(pdf.Content, ct);
        }
    }
}
