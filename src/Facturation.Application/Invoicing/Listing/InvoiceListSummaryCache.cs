using Facturation.Application.Data;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// The sales list's footer totals already summed from its rollup (<see cref="InvoiceListTotal"/>), per filter (ADR-031).
/// Summing the rollup reads every row of the filtered period (about 6,000 rows for three years: 5–8 ms on SQLite);
/// its version reads one integer column (<see cref="RollupSummaryCache{TSummary}"/>).
/// </summary>
public sealed class InvoiceListSummaryCache : RollupSummaryCache<InvoiceListSummary>
{
    /// <summary>The rollup's version in one plain aggregate, the same text on every provider (LINQ's GroupBy would add a sort).</summary>
    public static readonly string VersionSql = InvoiceListTotalsSql.Rollup.VersionSql;
}

/// <summary>The state of a rollup table as one value: its row count, highest id and sum of ids.</summary>
public sealed record RollupVersion(long Count, long MaxId, long IdSum);
