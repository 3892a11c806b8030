using Facturation.Application.Archiving;

namespace Facturation.Application.Documents;

/// <summary>
/// The CII or UBL of an issued document as written with its PDF, with its SHA-256: /cii and /ubl hand out exactly
/// these bytes, never a regeneration. Beside <see cref="InvoiceArchive"/>, bytes in the archive store (ADR-025).
/// </summary>
public sealed class InvoiceXmlArchive
{
    private InvoiceXmlArchive()
    {
    }

    public InvoiceXmlArchive(int invoiceId, InvoiceXmlSyntax syntax, StoredBlob blob, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(blob);
        (InvoiceId, Syntax, BlobName, Size, Sha256, CreatedAtUtc) = (invoiceId, syntax, blob.Name, blob.Size, blob.Sha256, createdAtUtc);
    }

    public int InvoiceId { get; private set; }

    public InvoiceXmlSyntax Syntax { get; private set; }

    /// <summary>The file's name in the archive store; null only on a row written before the store, not yet moved.</summary>
    public string? BlobName { get; private set; }

    public long Size { get; private set; }

    /// <summary>Legacy: the bytes of a row written before the archive store, emptied by <c>archive migrate</c>.</summary>
    public byte[]? Content { get; private set; }

    /// <summary>Lowercase hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }
}
