using Facturation.Application.Archiving;

namespace Facturation.Application.Statements;

/// <summary>
/// The PDF of a statement as rendered when it was issued, with its SHA-256: every download and e-mail hands out
/// these bytes (never a re-render). Bytes in the archive store (ADR-025); the row only names them.
/// </summary>
public sealed class StatementArchive
{
    private StatementArchive()
    {
    }

    public StatementArchive(int statementId, StoredBlob blob, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(blob);
        (StatementId, BlobName, Size, Sha256, CreatedAtUtc) = (statementId, blob.Name, blob.Size, blob.Sha256, createdAtUtc);
    }

    public int StatementId { get; private set; }

    /// <summary>The file's name in the archive store; null only on a row written before the store, not yet moved.</summary>
    public string? BlobName { get; private set; }

    public long Size { get; private set; }

    /// <summary>Legacy: the bytes of a row written before the archive store, emptied by <c>archive migrate</c>.</summary>
    public byte[]? Content { get; private set; }

    /// <summary>Lowercase hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }
}
