using Facturation.Application.Archiving;

namespace Facturation.Application.Documents;

/// <summary>
/// The PDF of an issued document as rendered once after its finalization, with its SHA-256: what every download and
/// email hands out from then on (never a re-render). The bytes live in the archive store (ADR-025) under
/// <see cref="BlobName"/>; the row only names them. In its own table so that invoice queries never touch it.
/// </summary>
public sealed class InvoiceArchive
{
    private InvoiceArchive()
    {
    }

    public InvoiceArchive(int invoiceId, StoredBlob blob, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(blob);
        (InvoiceId, BlobName, Size, Sha256, CreatedAtUtc) = (invoiceId, blob.Name, blob.Size, blob.Sha256, createdAtUtc);
    }

    public int InvoiceId { get; private set; }

    /// <summary>The file's name in the archive store; null only on a row written before the store, not yet moved.</summary>
    public string? BlobName { get; private set; }

    public long Size { get; private set; }

    /// <summary>Legacy: the bytes of a row written before the archive store, emptied by <c>archive migrate</c>.</summary>
    public byte[]? Content { get; private set; }

    /// <summary>Lowercase hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public static string Hash(byte[] content) => StoredBlob.Hash(content);
}
