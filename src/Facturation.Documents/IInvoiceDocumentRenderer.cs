namespace Facturation.Documents;

/// <summary>Turns a document snapshot into PDF bytes; the one seam where another engine or licence plugs in.</summary>
public interface IInvoiceDocumentRenderer
{
    /// <summary>A plain PDF: drafts (with their watermark), estimates, previews.</summary>
    byte[] Render(InvoiceDocumentSnapshot snapshot);

    /// <summary>
    /// A PDF/A-3b file for the archive of an issued document; with an <paramref name="attachment"/>, a Factur-X
    /// file embedding it (ADR-015). Refuses a watermarked snapshot: drafts are never archived.
    /// </summary>
    byte[] RenderPdfA3(InvoiceDocumentSnapshot snapshot, EInvoiceAttachment? attachment);
}
