using Facturation.Application.Data;

namespace Facturation.Application.Payments.Journal;

/// <summary>The journal's footer totals already summed from its rollup (<see cref="PaymentJournalTotal"/>), per filter (ADR-032).</summary>
public sealed class PaymentJournalSummaryCache : RollupSummaryCache<PaymentJournalSummary>;
