using Facturation.Documents.FacturX;
using Facturation.Documents.Layout;
using PdfSharp.Pdf;

namespace Facturation.Documents;

/// <summary>
/// Renders a document snapshot as an A4 PDF with PDFsharp 6.2.4 (MIT, ADR-015): real text in the embedded DejaVu
/// Sans family, lines table with its header repeated on every page, "Page n / m", a diagonal watermark on drafts;
/// or, for the archive, the same pages as a PDF/A-3b (Factur-X when an XML is attached).
/// Safe to call from several threads at once.
/// </summary>
public sealed class InvoicePdfRenderer : IInvoiceDocumentRenderer
{
    public byte[] Render(InvoiceDocumentSnapshot snapshot)
    {
        using var document = Compose(snapshot);
        return Save(document);
    }

    public byte[] RenderPdfA3(InvoiceDocumentSnapshot snapshot, EInvoiceAttachment? attachment)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Watermark is not null)
        {
            throw new ArgumentException("A watermarked document is a draft: drafts stay plain PDFs.", nameof(snapshot));
        }

        using var document = Compose(snapshot);
        // Seconds only, as PDF dates are written, so that the XMP dates equal the Info ones.
        var now = DateTime.Now;
        var created = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Local);
        document.Info.CreationDate = created;
        document.Info.ModificationDate = created;
        PdfAOutputIntent.AddSrgb(document);
        if (attachment is not null)
        {
            EmbeddedInvoiceXml.Attach(document, attachment);
        }

        ZlibStreams.CompressAll(document);

        var saved = Save(document);
        var metadata = document.Internals.Catalog.Elements.GetReference("/Metadata")
            ?? throw new InvalidOperationException("PDFsharp wrote no /Metadata.");
        var info = document.Info;
        var xmp = PdfAXmp.Build(new PdfAXmp.Properties(info.Title, info.Author, info.Creator, info.Producer, created, created), attachment);
        return MetadataUpdate.Append(saved, metadata.ObjectNumber, xmp);
    }

    private static PdfDocument Compose(InvoiceDocumentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        PdfSharpSetup.EnsureApplied();
        var document = new PdfDocument();
        // PDFsharp compresses the font subsets (and ToUnicode maps) itself, per document: zlib's fastest level halves that
        // cost for 6 KB more per one-page archive (ADR-007, "Session 11"). Our own streams keep the default level.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Info.Title = $"{snapshot.Title.Label()} {snapshot.Number}";
        document.Info.Author = snapshot.Issuer.LegalName;
        document.Info.Creator = "Facturation";
        using (var page = new PageComposer(document))
        {
            new InvoiceLayout(snapshot, page, new DocumentFonts()).Compose();
        }

        return document;
    }

    private static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }
}
