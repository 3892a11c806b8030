using Facturation.Domain.Companies;

namespace Facturation.Application.Statistics;

/// <summary>
/// Every figure of the dashboard, as shown on the home page and returned by <c>GET /api/v1/stats</c> (ADR-027).
/// Revenue is net of tax (HT), credit notes negative, drafts, cancelled and abandoned documents and cancellation
/// counterparts excluded. Open amounts (unpaid, overdue, ageing, drafts) are as of <see cref="Today"/>.
/// </summary>
public sealed record DashboardFigures(
    DateOnly Today,
    Currency Currency,
    RevenueComparison Period,
    RevenueComparison Month,
    RevenueComparison Year,
    AmountCount Unpaid,
    AmountCount Overdue,
    IReadOnlyList<AgeingBucket> Ageing,
    IReadOnlyList<MonthRevenue> Months,
    IReadOnlyList<CustomerRevenue> TopCustomers,
    IReadOnlyList<ActivityRevenue> Activities,
    AmountCount Drafts,
    int FailingEmails);
