namespace Facturation.Application.Documents;

/// <summary>A document's PDF: file name for downloads and attachments, bytes, their SHA-256 (lowercase hex).</summary>
public sealed record InvoicePdf(string FileName, byte[] Content, string Sha256, bool IsArchived);
