using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Facturation.Application.Archiving;
using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Application.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// <c>backup --output FILE</c> and <c>restore --input FILE [--force]</c> for the embedded SQLite database
/// (docs/operations.md). The backup is one ZIP: an online copy of the database (SQLite backup API, consistent while
/// the app runs), the archive folder when there is one, and a manifest with the database's SHA-256. A restore checks
/// that hash, replaces the database (never silently: <c>--force</c> when one exists), applies newer migrations and
/// runs <c>audit verify</c>: exit 0 only when the restored chain is intact. PostgreSQL and SQL Server are backed up
/// with their own tools (pg_dump, BACKUP DATABASE), as documented.
/// </summary>
internal static class BackupCommand
{
    private const string DatabaseEntry = "facturation.db";
    private const string ManifestEntry = "manifest.json";
    private const string ArchiveFolder = "archives";

    public static async Task<int> BackupAsync(IServiceProvider provider, string[] options, string usage)
    {
        if (CommandLine.Option(options, "--output") is not { Length: > 0 } output)
        {
            await Console.Error.WriteLineAsync("--output est obligatoire.\n" + usage);
            return 2;
        }

        if (await SqliteFileAsync(provider) is not { } database)
        {
            return 2;
        }

        if (!File.Exists(database))
        {
            await Console.Error.WriteLineAsync($"Aucune base à sauvegarder : {database} n'existe pas.");
            return 1;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"facturation-backup-{Guid.NewGuid():N}.db");
        try
        {
            CopyOnline(database, copy);
            var manifest = new BackupManifest(1, DateTime.UtcNow, Sha256Of(copy), new FileInfo(copy).Length);
            var partial = output + ".partial";
            await using (var zip = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create))
            {
                archive.CreateEntryFromFile(copy, DatabaseEntry, CompressionLevel.Optimal);
                AddFolder(archive, ArchiveFolderOf(provider));
                await using var manifestStream = archive.CreateEntry(ManifestEntry).Open();
                await JsonSerializer.SerializeAsync(manifestStream, manifest, BackupManifest.Json);
            }

            // Written beside and renamed: a crash never leaves a truncated file under the backup's name.
            File.Move(partial, output, overwrite: true);
            await Console.Out.WriteLineAsync($"Sauvegarde écrite : {Path.GetFullPath(output)} (base {manifest.Size} octets, SHA-256 {manifest.Sha256})");
            return 0;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    public static async Task<int> RestoreAsync(IServiceProvider provider, string[] options, string usage)
    {
        if (CommandLine.Option(options, "--input") is not { Length: > 0 } input || !File.Exists(input))
        {
            await Console.Error.WriteLineAsync("--input doit désigner une sauvegarde existante.\n" + usage);
            return 2;
        }

        if (await SqliteFileAsync(provider) is not { } database)
        {
            return 2;
        }

        if (File.Exists(database) && !options.Contains("--force"))
        {
            await Console.Error.WriteLineAsync($"La base {database} existe déjà : arrêtez l'application puis relancez avec --force pour la remplacer.");
            return 1;
        }

        var staged = database + ".restoring";
        using (var archive = ZipFile.OpenRead(input))
        {
            var manifest = await ReadManifestAsync(archive);
            if (manifest is null || archive.GetEntry(DatabaseEntry) is not { } entry)
            {
                await Console.Error.WriteLineAsync($"{input} n'est pas une sauvegarde Facturation (manifeste ou base absents).");
                return 1;
            }

            entry.ExtractToFile(staged, overwrite: true);
            if (!string.Equals(Sha256Of(staged), manifest.Sha256, StringComparison.Ordinal))
            {
                File.Delete(staged);
                await Console.Error.WriteLineAsync("Sauvegarde altérée : l'empreinte SHA-256 de la base ne correspond pas au manifeste. Rien n'a été restauré.");
                return 1;
            }

            ReplaceDatabase(database, staged);
            ExtractFolder(archive, ArchiveFolderOf(provider));
        }

        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var verification = await provider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        await Console.Out.WriteLineAsync($"Restauré : {database}\n{verification.Summary}");
        return verification.Intact ? 0 : 1;
    }

    /// <summary>The SQLite file of the configured database, or null (with a message) for a server database.</summary>
    private static async Task<string?> SqliteFileAsync(IServiceProvider provider)
    {
        var db = provider.GetRequiredService<FacturationDb>();
        if (!db.Database.IsSqlite())
        {
            await Console.Error.WriteLineAsync("backup/restore gèrent la base SQLite intégrée ; pour PostgreSQL et SQL Server, suivez docs/operations.md (pg_dump, BACKUP DATABASE).");
            return null;
        }

        return Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
    }

    /// <summary>The archive store's folder (ADR-025); stored in the ZIP as <c>archives/</c> whatever its path.</summary>
    private static string ArchiveFolderOf(IServiceProvider provider) =>
        provider.GetRequiredService<IArchiveStore>() is FolderArchiveStore folder
            ? folder.Root
            : throw new InvalidOperationException("backup/restore incluent le dossier des archives : Archive__Store doit valoir Folder.");

    private static void CopyOnline(string database, string copy)
    {
        using (var source = new SqliteConnection($"Data Source={database};Pooling=False"))
        using (var target = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
    }

    private static void ReplaceDatabase(string database, string staged)
    {
        SqliteConnection.ClearAllPools();
        // A stale write-ahead log of the replaced database would be replayed over the restored one.
        foreach (var sidecar in new[] { database + "-wal", database + "-shm" })
        {
            File.Delete(sidecar);
        }

        File.Move(staged, database, overwrite: true);
    }

    private static void AddFolder(ZipArchive archive, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            archive.CreateEntryFromFile(file, $"{ArchiveFolder}/{relative}", CompressionLevel.NoCompression);
        }
    }

    private static void ExtractFolder(ZipArchive archive, string folder)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var entry in archive.Entries.Where(entry => entry.FullName.StartsWith(ArchiveFolder + "/", StringComparison.Ordinal) && entry.Name.Length > 0))
        {
            var path = Path.GetFullPath(Path.Combine(folder, entry.FullName[(ArchiveFolder.Length + 1)..]));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Entrée de sauvegarde hors du dossier des archives : {entry.FullName}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            entry.ExtractToFile(path, overwrite: true);
        }
    }

    private static async Task<BackupManifest?> ReadManifestAsync(ZipArchive archive)
    {
        if (archive.GetEntry(ManifestEntry) is not { } entry)
        {
            return null;
        }

        await using var stream = entry.Open();
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, BackupManifest.Json);
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private sealed record BackupManifest(int Format, DateTime CreatedAtUtc, string Sha256, long Size)
    {
        public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    }
}
