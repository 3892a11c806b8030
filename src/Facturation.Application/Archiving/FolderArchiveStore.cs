using System.Runtime.CompilerServices;

namespace Facturation.Application.Archiving;

/// <summary>
/// The archive store as a local folder (default: <c>archives</c> beside the SQLite file). A file is written under a
/// temporary name in its final folder, flushed to disk and renamed: a crash leaves either the whole file or a
/// temporary one, never a truncated file under a served name.
/// </summary>
public sealed class FolderArchiveStore(string root) : IArchiveStore
{
    private const string TemporarySuffix = ".tmp";

    public string Root { get; } = Path.GetFullPath(root);

    public string Description => $"dossier {Root}";

    public async Task<StoredBlob> PutAsync(byte[] content, string extension, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blob = StoredBlob.For(content, extension);
        var path = PathOf(blob.Name);

        // Already there with the right bytes: nothing to do. A damaged copy is replaced.
        if (File.Exists(path) && StoredBlob.Hash(await File.ReadAllBytesAsync(path, ct)) == blob.Sha256)
        {
            return blob;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
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

    /// <summary>The file of a stored name, refusing any name that would leave the folder.</summary>
    private string PathOf(string name)
    {
        var path = Path.GetFullPath(Path.Combine(Root, name));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"Nom d'archive hors du dossier : {name}", nameof(name));
    }
}
