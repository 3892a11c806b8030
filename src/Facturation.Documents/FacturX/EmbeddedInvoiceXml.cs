using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Facturation.Documents.FacturX;

/// <summary>
/// Embeds the XML as a PDF/A-3 associated file: PDFsharp's <c>AddEmbeddedFile</c> writes the EmbeddedFiles name
/// tree, the file specification (<c>/F /UF /EF</c>) and the stream with <c>/Params</c> (size, dates); PDF/A-3 and
/// Factur-X also need the stream's MIME <c>/Subtype</c>, the specification's <c>/AFRelationship</c> and
/// <c>/Desc</c>, and the catalog's <c>/AF</c> array, which PDFsharp 6.2 has no API for.
/// </summary>
internal static class EmbeddedInvoiceXml
{
    public static void Attach(PdfDocument document, EInvoiceAttachment attachment)
    {
        document.AddEmbeddedFile(attachment.FileName, new MemoryStream(attachment.Xml, writable: false));
        var catalog = document.Internals.Catalog;
        var specification = FileSpecificationNamed(catalog, attachment.FileName);
        specification.Elements.SetName("/AFRelationship", "/" + attachment.Relationship);
        specification.Elements.SetString("/Desc", $"Factur-X {attachment.ConformanceLevel} {attachment.DocumentType.ToUpperInvariant()}");

        var stream = specification.Elements.GetDictionary("/EF")?.Elements.GetDictionary("/F")
            ?? throw new InvalidOperationException("PDFsharp wrote no embedded file stream.");
        // A PdfName escapes the inner '/' as #2F, which is how PDF/A writes the MIME type text/xml.
        stream.Elements.SetName("/Subtype", "/text/xml");

        var associatedFiles = new PdfArray(document);
        associatedFiles.Elements.Add(specification.ReferenceNotNull);
        catalog.Elements["/AF"] = associatedFiles;
    }

    private static PdfDictionary FileSpecificationNamed(PdfCatalog catalog, string fileName)
    {
        var names = catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/EmbeddedFiles")?.Elements.GetArray("/Names")
            ?? throw new InvalidOperationException("PDFsharp wrote no EmbeddedFiles name tree.");
        for (var i = 0; i + 1 < names.Elements.Count; i += 2)
        {
            if (names.Elements[i] is PdfString name && name.Value == fileName && names.Elements[i + 1] is PdfReference { Value: PdfDictionary specification })
            {
                return specification;
            }
        }

        throw new InvalidOperationException($"No file specification named {fileName} in the EmbeddedFiles name tree.");
    }
}
