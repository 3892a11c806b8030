using Facturation.Application.Archiving;

namespace Facturation.Application.Tests.Archiving;

/// <summary>The folder store on the real file system: content-addressed names, idempotent and repairing writes.</summary>
public sealed class FolderArchiveStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("facturation-store-").FullName;

    [Fact]
    public async Task PutAsync_stores_under_the_sha256_and_reads_back_the_same_bytes()
    {
        var store = new FolderArchiveStore(_root);
        var content = "%PDF-1.7 facture"u8.ToArray();

        var blob = await store.PutAsync(content, "pdf", CancellationToken.None);

        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        Assert.Equal(($"{sha256[..2]}/{sha256}.pdf", (long)content.Length, sha256), (blob.Name, blob.Size, blob.Sha256));
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(_root, sha256[..2], $"{sha256}.pdf")));
        Assert.Equal(content, await store.ReadAsync(blob.Name, CancellationToken.None));
        Assert.Null(await store.ReadAsync($"{sha256[..2]}/absent.pdf", CancellationToken.None));
    }

    [Fact]
    public async Task PutAsync_twice_keeps_one_file_and_repairs_a_damaged_one()
    {
        var store = new FolderArchiveStore(_root);
        var content = "<Invoice/>"u8.ToArray();
        var first = await store.PutAsync(content, "xml", CancellationToken.None);
        var path = Path.Combine(_root, first.Name);
        await File.WriteAllBytesAsync(path, "abîmé"u8.ToArray());

        var second = await store.PutAsync(content, "xml", CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(content, await File.ReadAllBytesAsync(path));
        var files = new List<StoredBlobEntry>();
        await foreach (var file in store.ListAsync(CancellationToken.None))
        {
            files.Add(file);
        }

        Assert.Equal([first.Name], files.Select(f => f.Name));
    }

    [Fact]
    public async Task PutAsync_leaves_no_temporary_file_and_a_second_write_of_the_same_bytes_does_not_touch_the_file()
    {
        var store = new FolderArchiveStore(_root);
        var contents = Enumerable.Range(0, 24).Select(i => System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 facture {i}")).ToArray();

        // Concurrent writes, several into the same fan-out folders' first use.
        var blobs = await Task.WhenAll(contents.Select(c => Task.Run(() => store.PutAsync(c, "pdf", CancellationToken.None))));

        var onDisk = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal);
        Assert.Equal(blobs.Select(b => b.Name).Order(StringComparer.Ordinal), onDisk);
        var path = Path.Combine(_root, blobs[0].Name);
        var written = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        var again = await store.PutAsync(contents[0], "pdf", CancellationToken.None);

        Assert.Equal(blobs[0], again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(contents[0], await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task PutAsync_recreates_a_fan_out_folder_removed_after_its_first_use()
    {
        var store = new FolderArchiveStore(_root);
        var first = await store.PutAsync("<Invoice/>"u8.ToArray(), "xml", CancellationToken.None);
        Directory.Delete(Path.Combine(_root, first.Name[..2]), recursive: true);

        var second = await store.PutAsync("<Invoice/>"u8.ToArray(), "xml", CancellationToken.None);

        Assert.Equal("<Invoice/>"u8.ToArray(), await File.ReadAllBytesAsync(Path.Combine(_root, second.Name)));
    }

    [Fact]
    public void DirectorySync_flushes_an_existing_folder_and_reports_a_missing_one()
    {
        DirectorySync.Flush(_root);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Throws<IOException>(() => DirectorySync.Flush(Path.Combine(_root, "absent")));
        }
    }

    [Fact]
    public async Task ReadAsync_refuses_a_name_outside_the_folder()
    {
        var store = new FolderArchiveStore(_root);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync("../facturation.db", CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
