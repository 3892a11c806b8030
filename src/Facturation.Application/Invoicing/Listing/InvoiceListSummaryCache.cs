using Facturation.Application.Data;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// The sales list's footer totals already summed from its rollup (<see cref="InvoiceListTotal"/>), per filter (ADR-031).
/// Summing the rollup reads every row of the filtered period (about 6,000 rows for three years: 5–8 ms on SQLite);
/// its version reads one integer column (<see cref="RollupSummaryCache{TSummary}"/>).
/// </summary>
public sealed class InvoiceListSummaryCache : RollupSummaryCache<InvoiceListSummary>;
