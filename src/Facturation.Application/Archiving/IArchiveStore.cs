namespace Facturation.Application.Archiving;

/// <summary>
/// Content-addressed storage of archived files, outside the main tables (ADR-025). A name is derived from the bytes'
/// SHA-256, so writing the same bytes twice is harmless and a retried write is idempotent. Only names referenced by a
/// committed row are ever read: a file written by a transaction that then failed is an orphan nobody serves.
/// </summary>
public interface IArchiveStore
{
    /// <summary>For messages: "dossier /var/lib/facturation/archives".</summary>
    string Description { get; }

    /// <summary>Writes the bytes atomically (all or nothing under their final name) and returns their name.</summary>
    Task<StoredBlob> PutAsync(byte[] content, string extension, CancellationToken ct);

    /// <summary>The bytes under <paramref name="name"/>, or null when there is no such file.</summary>
    Task<byte[]?> ReadAsync(string name, CancellationToken ct);

    IAsyncEnumerable<StoredBlobEntry> ListAsync(CancellationToken ct);

    Task DeleteAsync(string name, CancellationToken ct);

    /// <summary>Null when the store can be written and read back; otherwise what is wrong (readiness probe).</summary>
    Task<string?> ProblemAsync(CancellationToken ct);
}
