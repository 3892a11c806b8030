using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Operations;

/// <summary>The real binary's <c>archive reconcile</c> on the archive folder beside a SQLite database (ADR-025).</summary>
public sealed class ArchiveCommandTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public async Task Reconcile_lists_an_orphan_deletes_it_with_delete_and_exits_1_on_a_corrupt_file()
    {
        await using var app = new FacturationApp();
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var id = DocumentApi.Id(await api.FinalInvoiceAsync());
        var pdf = await app.QueryAsync(db => db.InvoiceArchives.Where(a => a.InvoiceId == id).Select(a => a.BlobName).SingleAsync());
        var folder = Path.Combine(app.DataDirectory, "archives");
        var orphan = Path.Combine(folder, "00", $"{new string('0', 64)}.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        await File.WriteAllBytesAsync(orphan, "%PDF-1.7 jamais validé"u8.ToArray());
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddHours(-2));

        var listed = await AppProcess.RunAsync(app.DataDirectory, NoEnvironment, "archive", "reconcile");
        var deleted = await AppProcess.RunAsync(app.DataDirectory, NoEnvironment, "archive", "reconcile", "--delete");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, pdf!));
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(Path.Combine(folder, pdf!), bytes);
        var corrupt = await AppProcess.RunAsync(app.DataDirectory, NoEnvironment, "archive", "reconcile");

        Assert.True(listed.ExitCode == 0, listed.StdOut + listed.StdErr);
        Assert.Contains($"orphan 00/{new string('0', 64)}.pdf", listed.StdOut, StringComparison.Ordinal);
        Assert.Contains("3 files named, 1 orphan(s), 0 recent unnamed file(s) kept, 0 missing, 0 corrupt", listed.StdOut, StringComparison.Ordinal);
        Assert.True(deleted.ExitCode == 0, deleted.StdOut + deleted.StdErr);
        Assert.Contains("deleted", deleted.StdOut, StringComparison.Ordinal);
        Assert.False(File.Exists(orphan));
        Assert.Equal(1, corrupt.ExitCode);
        Assert.Contains($"corrupt {pdf}", corrupt.StdOut, StringComparison.Ordinal);
        Assert.Contains("0 orphan(s)", corrupt.StdOut, StringComparison.Ordinal);
    }
}
