namespace Facturation.Application.Archiving;

/// <summary>
/// Reads an archived file by the name and SHA-256 its row holds, and refuses to hand out anything else: a missing or
/// altered file is an error (reported by <c>archive reconcile</c> and <c>audit verify</c>), never silently served.
/// </summary>
public sealed class ArchivedFiles(IArchiveStore store)
{
    public async Task<byte[]> ReadAsync(string? name, string sha256, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        if (name is null)
        {
            throw new ArchiveFileException($"Archive {sha256.Trim()} not moved to the store yet: run `archive migrate`.");
        }

        var content = await store.ReadAsync(name, ct) ?? throw new ArchiveFileException($"Archive {name} missing from {store.Description}.");
        return StoredBlob.Hash(content) == sha256.Trim()
            ? content
            : throw new ArchiveFileException($"Archive {name} in {store.Description} does not match its SHA-256.");
    }
}
