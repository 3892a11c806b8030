using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Data;

/// <summary>
/// Footer totals already summed from a rollup (<see cref="RollupTable"/>), per filter, with the rollup's version they
/// were summed at (ADR-031). A rollup only ever grows by inserts with new ids (changes are appended, the fold deletes
/// rows and inserts their sums under new ids), so any change of its content changes the version — count, highest id and
/// sum of ids — including an insert committed late with a lower id on PostgreSQL or SQL Server. Every instance reads the
/// version on every request: a change made on another instance is seen at the next request.
/// </summary>
public class RollupSummaryCache<TSummary>
    where TSummary : class
{
    // Filters are user input (any date range): the cache is emptied rather than allowed to grow without bound.
    private const int Capacity = 512;

    private readonly ConcurrentDictionary<string, (RollupVersion Version, TSummary Summary)> _entries = new(StringComparer.Ordinal);

    public TSummary? Find(string key, RollupVersion version) =>
        _entries.TryGetValue(key, out var entry) && entry.Version == version ? entry.Summary : null;

    public void Store(string key, RollupVersion version, TSummary summary)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = (version, summary);
    }

    /// <summary>
    /// The totals for <paramref name="filterKey"/>: reused when <paramref name="rollup"/> has not changed since they were
    /// summed, otherwise summed again by <paramref name="sum"/>. The key names the database too.
    /// </summary>
    public async Task<TSummary> GetOrSumAsync(FacturationDb db, RollupTable rollup, string filterKey, Func<Task<TSummary>> sum, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rollup);
        ArgumentNullException.ThrowIfNull(sum);
        var key = $"{db.Database.GetConnectionString()}|{filterKey}";
        var version = (await db.Database.SqlQueryRaw<RollupVersion>(rollup.VersionSql).ToListAsync(ct)).Single();
        if (Find(key, version) is { } known)
        {
            return known;
        }

        var summary = await sum();
        Store(key, version, summary);
        return summary;
    }
}
