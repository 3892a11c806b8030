using System.Collections.Concurrent;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// Footer totals already summed from the rollup, per filter, with the rollup's version they were summed at (ADR-031).
/// Summing the rollup reads every row of the filtered period (about 6,000 rows for three years: 5–8 ms on SQLite);
/// its version — count, highest id and sum of ids — reads one integer column. The rollup only ever grows by inserts with
/// new ids (changes are appended, the fold deletes rows and inserts their sums under new ids), so any change of its
/// content changes the version, including an insert committed late with a lower id on PostgreSQL or SQL Server (the
/// count and the sum change). Every instance checks the version in the database on every request: a change made on
/// another instance is seen at the next request.
/// </summary>
public sealed class InvoiceListSummaryCache
{
    /// <summary>The rollup's version in one plain aggregate, the same text on every provider (LINQ's GroupBy would add a sort).</summary>
    public const string VersionSql = """
        SELECT CAST(COUNT(*) AS bigint) AS "Count", CAST(COALESCE(MAX("Id"), 0) AS bigint) AS "MaxId", CAST(COALESCE(SUM("Id"), 0) AS bigint) AS "IdSum"
        FROM "InvoiceListTotals"
        """;

    // Filters are user input (any date range): the cache is emptied rather than allowed to grow without bound.
    private const int Capacity = 512;

    private readonly ConcurrentDictionary<string, (RollupVersion Version, InvoiceListSummary Summary)> _entries = new(StringComparer.Ordinal);

    public InvoiceListSummary? Find(string key, RollupVersion version) =>
        _entries.TryGetValue(key, out var entry) && entry.Version == version ? entry.Summary : null;

    public void Store(string key, RollupVersion version, InvoiceListSummary summary)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = (version, summary);
    }
}

/// <summary>The state of the rollup table as one value: its row count, highest id and sum of ids.</summary>
public sealed record RollupVersion(long Count, long MaxId, long IdSum);
