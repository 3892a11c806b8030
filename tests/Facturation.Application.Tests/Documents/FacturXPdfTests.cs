using System.Text;
using System.Xml.Linq;
using Facturation.Documents;
using Facturation.Testing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Facturation.Application.Tests.Documents;

/// <summary>
/// The archive rendering (ADR-015): PDF/A-3b, Factur-X with an attached CII. Read back with PDFsharp's reader (the
/// newest revision, as any reader sees it), poppler-utils and qpdf; the shared validator checks the Factur-X markers.
/// </summary>
public sealed class FacturXPdfTests
{
    private const string ValidCii = "cii-fr-valid_factur-x-en16931.xml";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace Fx = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
    private static readonly XNamespace PdfASchema = "http://www.aiim.org/pdfa/ns/schema#";
    private static readonly XNamespace PdfAProperty = "http://www.aiim.org/pdfa/ns/property#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly InvoicePdfRenderer Renderer = new();

    /// <summary>An XML that stands for a CII in structural tests; the validator test embeds a real one.</summary>
    private static readonly byte[] SomeXml = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"/>\n");

    private static byte[] FacturX(byte[]? xml = null) =>
        Renderer.RenderPdfA3(SnapshotBuilder.RichInvoice(), new EInvoiceAttachment(xml ?? SomeXml));

    private static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    private static XDocument XmpOf(PdfDocument document)
    {
        var metadata = document.Internals.Catalog.Elements.GetDictionary("/Metadata")!;
        Assert.Equal("/XML", metadata.Elements.GetName("/Subtype"));
        return XDocument.Parse(Encoding.UTF8.GetString(metadata.Stream.UnfilteredValue).TrimStart('\uFEFF'));
    }

    private static string? XmpValue(XDocument xmp, XName name) => xmp.Descendants(name).SingleOrDefault()?.Value;

    [Fact]
    public void RenderPdfA3_with_attachment_embeds_it_as_the_catalog_associated_data_file()
    {
        using var document = Open(FacturX());
        var catalog = document.Internals.Catalog;

        var associated = catalog.Elements.GetArray("/AF")!;
        var specification = Assert.Single(associated.Elements.Select(e => ((PdfReference)e).Value).OfType<PdfDictionary>());
        Assert.Equal("/Filespec", specification.Elements.GetName("/Type"));
        Assert.Equal("/Data", specification.Elements.GetName("/AFRelationship"));
        Assert.Equal("factur-x.xml", specification.Elements.GetString("/F"));
        Assert.Equal("factur-x.xml", specification.Elements.GetString("/UF"));
        var stream = specification.Elements.GetDictionary("/EF")!.Elements.GetDictionary("/F")!;
        Assert.Equal("/EmbeddedFile", stream.Elements.GetName("/Type"));
        Assert.Equal(SomeXml, stream.Stream.UnfilteredValue);
        var parameters = stream.Elements.GetDictionary("/Params")!;
        Assert.Equal(SomeXml.Length, parameters.Elements.GetInteger("/Size"));
        Assert.NotNull(parameters.Elements["/ModDate"]);
        var names = catalog.Elements.GetDictionary("/Names")!.Elements.GetDictionary("/EmbeddedFiles")!.Elements.GetArray("/Names")!;
        Assert.Equal(2, names.Elements.Count);
        Assert.Equal("factur-x.xml", names.Elements.GetString(0));
        Assert.Same(specification, ((PdfReference)names.Elements[1]).Value);
    }

    [Fact]
    public void RenderPdfA3_writes_the_embedded_file_subtype_as_the_mime_name_text_xml()
    {
        var raw = Encoding.Latin1.GetString(FacturX());

        Assert.Matches(@"/Subtype\s*/text#2Fxml", raw);
    }

    [Fact]
    public void RenderPdfA3_with_attachment_declares_pdfa_3b_and_factur_x_in_xmp()
    {
        using var document = Open(FacturX());
        var xmp = XmpOf(document);

        Assert.Equal("3", XmpValue(xmp, PdfAId + "part"));
        Assert.Equal("B", XmpValue(xmp, PdfAId + "conformance"));
        Assert.Equal("INVOICE", XmpValue(xmp, Fx + "DocumentType"));
        Assert.Equal("factur-x.xml", XmpValue(xmp, Fx + "DocumentFileName"));
        Assert.Equal("1.0", XmpValue(xmp, Fx + "Version"));
        Assert.Equal("EN 16931", XmpValue(xmp, Fx + "ConformanceLevel"));
        var schema = Assert.Single(xmp.Descendants(PdfASchema + "namespaceURI"), e => e.Value == Fx.NamespaceName).Parent!;
        Assert.Equal("fx", schema.Element(PdfASchema + "prefix")?.Value);
        var declared = schema.Descendants(PdfAProperty + "name").Select(e => e.Value).Order(StringComparer.Ordinal);
        Assert.Equal(["ConformanceLevel", "DocumentFileName", "DocumentType", "Version"], declared);
        Assert.All(schema.Descendants(PdfAProperty + "valueType"), e => Assert.Equal("Text", e.Value));
    }

    [Fact]
    public void RenderPdfA3_xmp_agrees_with_the_info_dictionary()
    {
        using var document = Open(FacturX());
        var xmp = XmpOf(document);
        var info = document.Info;

        Assert.Equal("Facture FA2611-0042", info.Title);
        Assert.Equal(info.Title, xmp.Descendants(Dc + "title").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(info.Author, xmp.Descendants(Dc + "creator").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(info.Producer, XmpValue(xmp, Pdf + "Producer"));
        Assert.Equal(info.Creator, XmpValue(xmp, Xmp + "CreatorTool"));
        Assert.Equal(info.CreationDate, DateTime.Parse(XmpValue(xmp, Xmp + "CreateDate")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(info.ModificationDate, DateTime.Parse(XmpValue(xmp, Xmp + "ModifyDate")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RenderPdfA3_has_an_srgb_output_intent_with_its_icc_profile_and_a_document_id()
    {
        var pdf = FacturX();
        using var document = Open(pdf);

        var intent = Assert.Single(document.Internals.Catalog.Elements.GetArray("/OutputIntents")!.Elements.Select(e => e as PdfDictionary ?? (PdfDictionary)((PdfReference)e).Value));
        Assert.Equal("/GTS_PDFA1", intent.Elements.GetName("/S"));
        Assert.Equal("sRGB IEC61966-2.1", intent.Elements.GetString("/OutputConditionIdentifier"));
        var profile = intent.Elements.GetDictionary("/DestOutputProfile")!;
        Assert.Equal(3, profile.Elements.GetInteger("/N"));
        var icc = profile.Stream.UnfilteredValue;
        Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal("mntr", Encoding.ASCII.GetString(icc, 12, 4));
        Assert.Equal("RGB ", Encoding.ASCII.GetString(icc, 16, 4));
        Assert.True(icc[8] < 5, $"ICC version {icc[8]}");
        Assert.StartsWith("%PDF-1.7", Encoding.ASCII.GetString(pdf, 0, 8), StringComparison.Ordinal);
        Assert.Matches(@"/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]", Encoding.Latin1.GetString(pdf, pdf.Length - 400, 400));
        Assert.DoesNotContain("/Encrypt", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPdfA3_never_interpolates_the_logo()
    {
        using var document = Open(FacturX());

        var images = document.Internals.GetAllObjects().OfType<PdfDictionary>().Where(d => d.Elements.GetName("/Subtype") == "/Image").ToList();
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.False(image.Elements.GetBoolean("/Interpolate")));
    }

    [Fact]
    public async Task RenderPdfA3_prints_the_same_text_as_the_plain_pdf_with_every_font_embedded()
    {
        var archived = FacturX();

        Assert.Equal(await PdfText.ExtractTextAsync(Renderer.Render(SnapshotBuilder.RichInvoice())), await PdfText.ExtractTextAsync(archived));
        var fonts = await PdfText.FontsAsync(archived);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, f.Line));
    }

    [Fact]
    public async Task RenderPdfA3_passes_qpdf_check_and_poppler_reads_the_updated_xmp()
    {
        var pdf = FacturX();

        Assert.Contains("No syntax or stream encoding errors found", await Qpdf.CheckAsync(pdf), StringComparison.Ordinal);
        var meta = await PdfText.MetadataAsync(pdf);
        Assert.Contains("<pdfaid:part>3</pdfaid:part>", meta, StringComparison.Ordinal);
        Assert.Contains("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>", meta, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPdfA3_without_attachment_is_pdfa_3b_with_no_embedded_file_and_no_factur_x_metadata()
    {
        using var document = Open(Renderer.RenderPdfA3(SnapshotBuilder.ReferenceInvoice(), null));
        var xmp = XmpOf(document);

        Assert.Equal("3", XmpValue(xmp, PdfAId + "part"));
        Assert.Equal("B", XmpValue(xmp, PdfAId + "conformance"));
        Assert.DoesNotContain(xmp.Descendants(), e => e.Name.Namespace == Fx);
        Assert.Null(document.Internals.Catalog.Elements["/AF"]);
        Assert.Null(document.Internals.Catalog.Elements["/Names"]);
        Assert.NotNull(document.Internals.Catalog.Elements["/OutputIntents"]);
    }

    [Fact]
    public void RenderPdfA3_escapes_markup_of_the_title_and_author_in_xmp()
    {
        var snapshot = SnapshotBuilder.ReferenceInvoice() with { Issuer = SnapshotBuilder.ReferenceInvoice().Issuer with { LegalName = "Dupont & Fils <SARL>" } };

        using var document = Open(Renderer.RenderPdfA3(snapshot, null));

        Assert.Equal("Dupont & Fils <SARL>", XmpOf(document).Descendants(Dc + "creator").Single().Descendants(Rdf + "li").Single().Value);
    }

    [Fact]
    public void RenderPdfA3_refuses_a_watermarked_draft()
    {
        var draft = SnapshotBuilder.ReferenceInvoice() with { Watermark = "PROFORMA", IsProforma = true };

        Assert.Throws<ArgumentException>(() => Renderer.RenderPdfA3(draft, null));
    }

    [ServiceFact(TestService.EInvoiceValidator)]
    public async Task RenderPdfA3_with_a_valid_cii_passes_the_einvoice_validator_with_no_fatal()
    {
        var cii = await File.ReadAllBytesAsync(EInvoiceValidator.SamplePath(ValidCii));
        var path = Path.Combine(Path.GetTempPath(), $"facturx-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, FacturX(cii));
        try
        {
            var result = await EInvoiceValidator.ValidateAsync(path);

            Assert.True(result.StepOk("pdfa-markers"), result.Output);
            Assert.True(result.FatalCount == 0, result.Output);
            Assert.Empty(result.Fatals);
            Assert.Contains("syntax=CII", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
