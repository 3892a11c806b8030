namespace Facturation.Application.Documents;

/// <summary>A document's PDF: file name for downloads and attachments, bytes, their SHA-256 (lowercase hex).</summary>
public sealed record InvoicePdf(string FileName, byte[] Content, string Sha256, bool IsArchived)
{
    /// <summary>"{name}.pdf" with anything but ASCII letters, digits, '-' and '_' replaced: safe in headers and on every file system.</summary>
    public static string FileNameFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return $"{string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'))}.pdf";
    }
}
