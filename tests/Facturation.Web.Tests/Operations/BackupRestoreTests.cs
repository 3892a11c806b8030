using System.IO.Compression;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.Data.Sqlite;

namespace Facturation.Web.Tests.Operations;

/// <summary>The real binary: a database with an issued invoice is backed up, restored elsewhere and verified.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private static readonly string[] DatabaseEntries = ["facturation.db", "manifest.json"];
    private readonly string _restored = Directory.CreateTempSubdirectory("facturation-restore-").FullName;
    private readonly string _backups = Directory.CreateTempSubdirectory("facturation-backups-").FullName;

    [Fact]
    public async Task Backup_then_restore_elsewhere_gives_the_same_documents_and_an_intact_audit_chain()
    {
        var (source, number) = await DatabaseWithAnIssuedInvoiceAsync();
        var zip = Path.Combine(_backups, "sauvegarde.zip");

        var backup = await AppProcess.RunAsync(source, NoEnvironment, "backup", "--output", zip);
        var restore = await AppProcess.RunAsync(_restored, NoEnvironment, "restore", "--input", zip);
        var again = await AppProcess.RunAsync(_restored, NoEnvironment, "restore", "--input", zip);

        Assert.True(backup.ExitCode == 0, backup.StdErr);
        var stored = ArchiveFiles(source);
        Assert.Equal(3, stored.Count); // the Factur-X PDF, its CII and its UBL (ADR-025)
        using (var archive = ZipFile.OpenRead(zip))
        {
            var expected = DatabaseEntries.Concat(stored.Select(name => $"archives/{name}")).Order(StringComparer.Ordinal);
            Assert.Equal(expected, archive.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        }

        Assert.True(restore.ExitCode == 0, restore.StdOut + restore.StdErr);
        Assert.Contains("chain intact", restore.StdOut, StringComparison.Ordinal);
        Assert.Equal([number], IssuedNumbers(Path.Combine(_restored, "facturation.db")));
        Assert.Equal(stored, ArchiveFiles(_restored));
        Assert.All(stored, name => Assert.Equal(File.ReadAllBytes(Path.Combine(source, "archives", name)), File.ReadAllBytes(Path.Combine(_restored, "archives", name))));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_backup_is_refused_and_the_existing_database_is_left_untouched()
    {
        var (source, number) = await DatabaseWithAnIssuedInvoiceAsync();
        var zip = Path.Combine(_backups, "alteree.zip");
        Assert.Equal(0, (await AppProcess.RunAsync(source, NoEnvironment, "backup", "--output", zip)).ExitCode);
        await TamperAsync(zip);

        var restore = await AppProcess.RunAsync(source, NoEnvironment, "restore", "--input", zip, "--force");

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("Sauvegarde altérée", restore.StdErr, StringComparison.Ordinal);
        Assert.Equal([number], IssuedNumbers(Path.Combine(source, "facturation.db")));
    }

    [Fact]
    public async Task A_backup_whose_archived_pdf_was_altered_restores_but_verify_exits_1()
    {
        var (source, number) = await DatabaseWithAnIssuedInvoiceAsync();
        var zip = Path.Combine(_backups, "pdf-altere.zip");
        Assert.Equal(0, (await AppProcess.RunAsync(source, NoEnvironment, "backup", "--output", zip)).ExitCode);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            var pdf = archive.Entries.Single(entry => entry.FullName.EndsWith(".pdf", StringComparison.Ordinal));
            var name = pdf.FullName;
            using var copy = new MemoryStream();
            await using (var stream = pdf.Open())
            {
                await stream.CopyToAsync(copy);
            }

            var bytes = copy.ToArray();
            bytes[bytes.Length / 2] ^= 0x01;
            pdf.Delete();
            await using var replaced = archive.CreateEntry(name).Open();
            await replaced.WriteAsync(bytes);
        }

        var restore = await AppProcess.RunAsync(_restored, NoEnvironment, "restore", "--input", zip);

        Assert.True(restore.ExitCode == 1, restore.StdOut + restore.StdErr);
        Assert.Contains($"invoice.archived, document {number}): pdfSha256", restore.StdOut, StringComparison.Ordinal);
    }

    /// <summary>The archive store's files under a data directory (default folder <c>archives</c> beside the database).</summary>
    private static List<string> ArchiveFiles(string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, "archives");
        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal)];
    }

    /// <summary>A database in a folder of this test's (the app deletes its own folder when disposed).</summary>
    private async Task<(string DataDirectory, string Number)> DatabaseWithAnIssuedInvoiceAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_backups, "source")).FullName;
        await using var app = new FacturationApp().With("Database:DataDirectory", folder);
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var number = (await api.FinalInvoiceAsync()).GetProperty("number").GetString()!;
        return (folder, number);
    }

    private static async Task TamperAsync(string zip)
    {
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Update);
        var database = archive.GetEntry("facturation.db")!;
        using var copy = new MemoryStream();
        await using (var stream = database.Open())
        {
            await stream.CopyToAsync(copy);
        }

        var bytes = copy.ToArray();
        bytes[^100] ^= 0xFF;
        database.Delete();
        await using var replaced = archive.CreateEntry("facturation.db").Open();
        await replaced.WriteAsync(bytes);
    }

    private static List<string> IssuedNumbers(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Number FROM Invoices WHERE Number IS NOT NULL";
        using var reader = command.ExecuteReader();
        var numbers = new List<string>();
        while (reader.Read())
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    public void Dispose()
    {
        Directory.Delete(_restored, recursive: true);
        Directory.Delete(_backups, recursive: true);
    }
}
