using System.Globalization;
using System.Security;
using System.Text;

namespace Facturation.Documents.FacturX;

/// <summary>
/// The XMP packet of a PDF/A-3b file: <c>pdfaid</c> part 3 / conformance B, the same title, author, tool,
/// producer and dates as the Info dictionary and, for Factur-X, the <c>fx:</c> properties with the PDF/A extension
/// schema that declares them (template of akretion/factur-x, Factur-X 1.0.x: <c>fx:Version</c> stays 1.0).
/// </summary>
internal static class PdfAXmp
{
    public const string FacturXNamespace = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

    /// <summary>The values the Info dictionary holds, so that XMP and Info agree.</summary>
    public sealed record Properties(string Title, string Author, string CreatorTool, string Producer, DateTime Created, DateTime Modified);

    public static byte[] Build(Properties properties, EInvoiceAttachment? attachment)
    {
        var xmp = new StringBuilder();
        xmp.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xmp.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        xmp.Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xmp.Append("""
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
              <pdfaid:part>3</pdfaid:part>
              <pdfaid:conformance>B</pdfaid:conformance>
            </rdf:Description>

            """);
        xmp.Append(CultureInfo.InvariantCulture, $"""
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:format>application/pdf</dc:format>
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Escape(properties.Title)}</rdf:li></rdf:Alt></dc:title>
              <dc:creator><rdf:Seq><rdf:li>{Escape(properties.Author)}</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
              <pdf:Producer>{Escape(properties.Producer)}</pdf:Producer>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
              <xmp:CreatorTool>{Escape(properties.CreatorTool)}</xmp:CreatorTool>
              <xmp:CreateDate>{Date(properties.Created)}</xmp:CreateDate>
              <xmp:ModifyDate>{Date(properties.Modified)}</xmp:ModifyDate>
              <xmp:MetadataDate>{Date(properties.Modified)}</xmp:MetadataDate>
            </rdf:Description>

            """);
        if (attachment is not null)
        {
            xmp.Append(FacturX(attachment));
        }

        xmp.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(xmp.ToString());
    }

    /// <summary>The XMP date of a PDF date: PDFsharp writes Info dates in the value's own offset ("zzz"), so do we.</summary>
    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string FacturX(EInvoiceAttachment attachment) => string.Create(CultureInfo.InvariantCulture, $"""
        <rdf:Description rdf:about="" xmlns:fx="{FacturXNamespace}">
          <fx:DocumentType>{Escape(attachment.DocumentType)}</fx:DocumentType>
          <fx:DocumentFileName>{Escape(attachment.FileName)}</fx:DocumentFileName>
          <fx:Version>1.0</fx:Version>
          <fx:ConformanceLevel>{Escape(attachment.ConformanceLevel)}</fx:ConformanceLevel>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>{FacturXNamespace}</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>
        {Property("DocumentFileName", "The name of the embedded XML document")}
        {Property("DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER")}
        {Property("Version", "The actual version of the standard applying to the embedded XML document")}
        {Property("ConformanceLevel", "The conformance level of the embedded XML document")}
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>

        """);

    private static string Property(string name, string description) => $"""
                    <rdf:li rdf:parseType="Resource">
                      <pdfaProperty:name>{name}</pdfaProperty:name>
                      <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                      <pdfaProperty:category>external</pdfaProperty:category>
                      <pdfaProperty:description>{description}</pdfaProperty:description>
                    </rdf:li>
        """;

    private static string Escape(string value) => SecurityElement.Escape(value);
}
