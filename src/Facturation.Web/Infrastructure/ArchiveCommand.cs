using System.Globalization;
using Facturation.Application.Archiving;
using Facturation.Application.Setup;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// <c>archive reconcile [--delete] [--grace-minutes N]</c> and <c>archive migrate</c> (ADR-025, docs/operations.md).
/// Reconcile prints one line per orphan, missing or corrupt file and a summary on standard output; exit 1 when a file
/// named by the database is missing or corrupt, 0 otherwise (orphans are not an error: nothing serves them).
/// </summary>
internal static class ArchiveCommand
{
    public static async Task<int> ReconcileAsync(IServiceProvider provider, string[] options, string usage)
    {
        var grace = ArchiveReconciler.DefaultGrace;
        if (CommandLine.Option(options, "--grace-minutes") is { } minutes)
        {
            if (!int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                await Console.Error.WriteLineAsync("--grace-minutes attend un nombre entier de minutes.\n" + usage);
                return 2;
            }

            grace = TimeSpan.FromMinutes(value);
        }

        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var store = provider.GetRequiredService<IArchiveStore>();
        var result = await provider.GetRequiredService<ArchiveReconciler>().ReconcileAsync(options.Contains("--delete"), grace, CancellationToken.None);
        foreach (var orphan in result.Orphans)
        {
            await Console.Out.WriteLineAsync($"orphan {orphan.Name} {orphan.Size} {(result.OrphansDeleted ? "deleted" : "kept")}");
        }

        foreach (var missing in result.Missing)
        {
            await Console.Out.WriteLineAsync($"missing {missing.BlobName} {missing.Label}");
        }

        foreach (var corrupt in result.Corrupt)
        {
            await Console.Out.WriteLineAsync($"corrupt {corrupt.BlobName} {corrupt.Label}");
        }

        await Console.Out.WriteLineAsync(
            $"archive: {store.Description}: {result.Checked} files named, {result.Orphans.Count} orphan(s){(result.OrphansDeleted ? " deleted" : string.Empty)}, " +
            $"{result.RecentUnreferenced} recent unnamed file(s) kept, {result.Missing.Count} missing, {result.Corrupt.Count} corrupt");
        return result.Healthy ? 0 : 1;
    }

    public static async Task<int> MigrateAsync(IServiceProvider provider)
    {
        // The initializer applies the migrations, then moves what is left in the database (the same step as at start).
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var moved = await provider.GetRequiredService<ArchiveBlobMover>().MoveAsync(CancellationToken.None);
        await Console.Out.WriteLineAsync($"archive: {provider.GetRequiredService<IArchiveStore>().Description}: database holds no archived bytes ({moved} moved now)");
        return 0;
    }
}
