namespace Facturation.Application.Documents;

/// <summary>An archived CII or UBL file, ready to download.</summary>
public sealed record InvoiceXml(string FileName, byte[] Content, string Sha256);
