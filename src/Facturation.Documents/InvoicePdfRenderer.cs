using Facturation.Documents.Layout;
using PdfSharp.Pdf;

namespace Facturation.Documents;

/// <summary>
/// Renders a document snapshot as an A4 PDF with PDFsharp 6.2.4 (MIT, ADR-015): real text in the embedded DejaVu Sans
/// family, lines table with its header repeated on every page, "Page n / m", a diagonal watermark on drafts.
/// Safe to call from several threads at once.
/// </summary>
public sealed class InvoicePdfRenderer : IInvoiceDocumentRenderer
{
    public byte[] Render(InvoiceDocumentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        PdfSharpSetup.EnsureApplied();
        using var document = new PdfDocument();
        document.Info.Title = $"{snapshot.Title.Label()} {snapshot.Number}";
        document.Info.Author = snapshot.Issuer.LegalName;
        document.Info.Creator = "Facturation";
        using (var page = new PageComposer(document))
        {
            new InvoiceLayout(snapshot, page, new DocumentFonts()).Compose();
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }
}
