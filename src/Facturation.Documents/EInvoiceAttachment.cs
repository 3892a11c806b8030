namespace Facturation.Documents;

/// <summary>
/// The structured invoice embedded in a Factur-X PDF/A-3 file, and what its XMP metadata says about it.
/// </summary>
/// <param name="Xml">The XML, byte for byte as it will be extracted (the CII of the EN 16931 profile).</param>
/// <param name="FileName">The attachment name; Factur-X requires <c>factur-x.xml</c>.</param>
/// <param name="ConformanceLevel">The Factur-X profile: <c>MINIMUM</c>, <c>BASIC WL</c>, <c>BASIC</c>, <c>EN 16931</c> or <c>EXTENDED</c>.</param>
/// <param name="DocumentType">Factur-X <c>fx:DocumentType</c>: <c>INVOICE</c> for every invoice kind, credit notes included.</param>
/// <param name="Relationship">The file specification's <c>/AFRelationship</c>: <c>Data</c> (Factur-X), <c>Alternative</c> or <c>Source</c>.</param>
public sealed record EInvoiceAttachment(
    byte[] Xml,
    string FileName = "factur-x.xml",
    string ConformanceLevel = "EN 16931",
    string DocumentType = "INVOICE",
    string Relationship = "Data");
