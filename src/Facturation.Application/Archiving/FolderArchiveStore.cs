using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Facturation.Application.Archiving;

/// <summary>
/// The archive store as a local folder (default: <c>archives</c> beside the SQLite file). A file is written under a
/// temporary name in its final folder, flushed to disk and renamed, then the folder itself is flushed so that the
/// rename survives a power cut before the row naming the file commits: a crash leaves either the whole file or a
/// temporary one, never a truncated file under a served name, and a committed row never names a lost file.
/// </summary>
public sealed class FolderArchiveStore(string root) : IArchiveStore
{
    private const string TemporarySuffix = ".tmp";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Folders whose own entry (and the root's) this process has made durable: created at most once each.</summary>
    private readonly ConcurrentDictionary<string, bool> _durableFolders = new(StringComparer.Ordinal);

    public string Description => $"dossier {Root}";

    public async Task<StoredBlob> PutAsync(byte[] content, string extension, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blob = StoredBlob.For(content, extension);
        var path = PathOf(blob.Name);

        var folder = Path.GetDirectoryName(path)!;

        // Already there with the right bytes: nothing to write (a damaged copy is replaced). Its folder is still
        // flushed: a concurrent writer of the same bytes may have renamed it and not yet made the rename durable.
        if (File.Exists(path) && StoredBlob.Hash(await File.ReadAllBytesAsync(path, ct)) == blob.Sha256)
        {
            DirectorySync.Flush(folder);
            return blob;
        }

        EnsureDurableFolder(folder);
        var temporary = $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            DirectorySync.Flush(folder);
        }
        finally
        {
            File.Delete(temporary);
        }

        return blob;
    }

    public async Task<byte[]?> ReadAsync(string name, CancellationToken ct)
    {
        var path = PathOf(name);
        try
        {
            return await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<StoredBlobEntry> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            var info = new FileInfo(file);
            yield return new StoredBlobEntry(Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/'), info.Length, info.LastWriteTimeUtc);
        }

        await Task.CompletedTask;
    }

    public Task DeleteAsync(string name, CancellationToken ct)
    {
        File.Delete(PathOf(name));
        return Task.CompletedTask;
    }

    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        try
        {
            Directory.CreateDirectory(Root);
            var probe = Path.Combine(Root, $".probe-{Guid.NewGuid():N}{TemporarySuffix}");
            await File.WriteAllBytesAsync(probe, [1], ct);
            File.Delete(probe);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"Archives : {Description} inaccessible en écriture ({error.Message}).";
        }
    }

    /// <summary>
    /// Creates the fan-out folder and, the first time this process uses it, flushes the root (which names it) and the
    /// root's parent (which names the root): after that one directory flush per write suffices. Flushed even when
    /// another writer created the folder, as it may not have flushed it yet; again if the folder was removed since.
    /// </summary>
    private void EnsureDurableFolder(string folder)
    {
        if (_durableFolders.ContainsKey(folder) && Directory.Exists(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        DirectorySync.Flush(Root);
        if (Path.GetDirectoryName(Root) is { } parent)
        {
            DirectorySync.Flush(parent);
        }

        _durableFolders.TryAdd(folder, true);
    }

    /// <summary>The file of a stored name, refusing any name that would leave the folder.</summary>
    private string PathOf(string name)
    {
        var path = Path.GetFullPath(Path.Combine(Root, name));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"Nom d'archive hors du dossier : {name}", nameof(name));
    }
}
