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
    public async Task ReadAsync_refuses_a_name_outside_the_folder()
    {
        var store = new FolderArchiveStore(_root);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync("../facturation.db", CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
