using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Facturation.Bench;

/// <summary>
/// Runs every measured path (render after commit, deferred, archiving; PostgreSQL too when configured) on throwaway
/// databases until the JIT has settled. .NET compiles a method quickly first and again, optimized, after it has been
/// called often enough, on one background thread: twenty drafts left that thread busy for most of the first measured
/// runs (up to half a core of a 2-core machine, ≈ 3,800 methods compiled in 4 s of one run), so the early rows measured the
/// warm-up of the runtime, not the code (bench/README.md, session 12). A long-running server is past that point.
/// </summary>
internal static class WarmUp
{
    private const int DraftsPerRound = 200;
    private const int Workers = 4;
    private const int MaxRounds = 4;

    /// <summary>A round that compiles fewer methods than this counts as settled.</summary>
    private const long SettledMethods = 1_500;

    public static async Task RunAsync(string? postgres)
    {
        var started = Stopwatch.GetTimestamp();
        for (var round = 1; round <= MaxRounds; round++)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await RoundAsync(postgres);

            // Leaves the background compiler the delay it waits before promoting methods called in the round.
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            var compiled = JitInfo.GetCompiledMethodCount() - before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up round {round}: {compiled} methods compiled"));
            if (compiled < SettledMethods)
            {
                break;
            }
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"warm-up: {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s, JIT total {JitInfo.GetCompiledMethodCount()} methods in {JitInfo.GetCompilationTime().TotalSeconds:0.0} s"));
    }

    private static async Task RoundAsync(string? postgres)
    {
        await using (var database = await BenchDatabase.SqliteAsync())
        {
            await FinalizationRun.ExecuteAsync("warm-up", database, DraftsPerRound, Workers);
        }

        await using (var database = await BenchDatabase.SqliteAsync(renderAfterFinalization: false))
        {
            await FinalizationRun.ExecuteAsync("warm-up", database, DraftsPerRound, Workers);
            await FinalizationRun.ArchiveAsync("warm-up", database, Workers);
        }

        if (!string.IsNullOrWhiteSpace(postgres))
        {
            await using var database = await BenchDatabase.PostgresAsync(postgres, renderAfterFinalization: false);
            await FinalizationRun.ExecuteAsync("warm-up", database, DraftsPerRound / 2, Workers);
            await FinalizationRun.ArchiveAsync("warm-up", database, Workers);
        }
    }
}
