using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Mail;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Statistics;

/// <summary>
/// The dashboard's figures (ADR-027), for the home page and <c>GET /api/v1/stats</c> alike. Reads the amounts the
/// aggregate stores on each document (ADR-022), never the lines, in a handful of aggregate queries over indexed
/// columns: revenue through <c>IX_Invoices_Revenue</c> (issue-date range), open documents through the status index.
/// </summary>
public sealed class DashboardStatisticsService(FacturationDb db, IBusinessClock clock)
{
    /// <summary>The longest period a request may ask for.</summary>
    public const int MaxPeriodDays = 3660;

    public const int TopCustomerCount = 5;

    private static readonly InvoiceStatus[] OpenStatuses = [InvoiceStatus.Final, InvoiceStatus.Sent, InvoiceStatus.PartiallyPaid];

    /// <summary>
    /// Figures for the period [<paramref name="from"/>, <paramref name="to"/>] (default: January 1st of this year to today,
    /// company clock); the month and year comparisons end at <paramref name="to"/>, the chart covers its 12 months.
    /// </summary>
    public async Task<DashboardFigures> ComputeAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today;
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (PeriodProblem(start, end) is { } problem)
        {
            throw problem;
        }

        var currency = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Currency).FirstAsync(ct);
        var (period, month, year) = await RevenueComparisonsAsync(start, end, ct);
        var (unpaid, overdue, ageing) = await OpenAmountsAsync(today, ct);
        return new DashboardFigures(
            today,
            currency,
            period,
            month,
            year,
            unpaid,
            overdue,
            ageing,
            await MonthsAsync(end, ct),
            await TopCustomersAsync(start, end, ct),
            await ActivitiesAsync(start, end, ct),
            await DraftsAsync(ct),
            await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, ct));
    }

    /// <summary>Why [<paramref name="from"/>, <paramref name="to"/>] cannot be asked for (field error keyed <c>from</c>/<c>to</c>), or null.</summary>
    public static DomainException? PeriodProblem(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } start, { } end) when start > end => new DomainException("stats.period", "La date de début doit précéder la date de fin.", "from"),
        ({ } start, { } end) when end.DayNumber - start.DayNumber > MaxPeriodDays => new DomainException("stats.period_too_long", $"La période ne peut pas dépasser {MaxPeriodDays} jours.", "to"),
        _ => null,
    };

    /// <summary>Issued documents that count as revenue: not drafts, not cancelled or abandoned, not a cancellation's counterpart.</summary>
    private IQueryable<Invoice> Revenue(DateOnly from, DateOnly to) =>
        db.Invoices.AsNoTracking().Where(i => i.IssueDate >= from && i.IssueDate <= to
            && i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Cancelled && i.Status != InvoiceStatus.Abandoned
            && i.Type != InvoiceType.Cancellation);

    private async Task<(RevenueComparison Period, RevenueComparison Month, RevenueComparison Year)> RevenueComparisonsAsync(DateOnly start, DateOnly end, CancellationToken ct)
    {
        var (periodFrom, periodTo, periodPrevFrom, periodPrevTo) = (start, end, start.AddYears(-1), end.AddYears(-1));
        var (monthFrom, monthPrevFrom) = (new DateOnly(end.Year, end.Month, 1), new DateOnly(end.Year - 1, end.Month, 1));
        var (yearFrom, yearPrevFrom) = (new DateOnly(end.Year, 1, 1), new DateOnly(end.Year - 1, 1, 1));
        var sums = await Revenue(Min(periodPrevFrom, yearPrevFrom), end)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Period = g.Sum(i => i.IssueDate >= periodFrom && i.IssueDate <= periodTo ? (i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) : 0m),
                PeriodPrevious = g.Sum(i => i.IssueDate >= periodPrevFrom && i.IssueDate <= periodPrevTo ? (i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) : 0m),
                Month = g.Sum(i => i.IssueDate >= monthFrom ? (i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) : 0m),
                MonthPrevious = g.Sum(i => i.IssueDate >= monthPrevFrom && i.IssueDate <= periodPrevTo ? (i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) : 0m),
                Year = g.Sum(i => i.IssueDate >= yearFrom ? (i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) : 0m),
                YearPrevious = g.Sum(i => i.IssueDate >= yearPrevFrom && i.IssueDate <= periodPrevTo ? (i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) : 0m),
            })
            .SingleOrDefaultAsync(ct);
        return (
            new RevenueComparison(periodFrom, periodTo, sums?.Period ?? 0m, periodPrevFrom, periodPrevTo, sums?.PeriodPrevious ?? 0m),
            new RevenueComparison(monthFrom, end, sums?.Month ?? 0m, monthPrevFrom, periodPrevTo, sums?.MonthPrevious ?? 0m),
            new RevenueComparison(yearFrom, end, sums?.Year ?? 0m, yearPrevFrom, periodPrevTo, sums?.YearPrevious ?? 0m));
    }

    /// <summary>What customers still owe (credit notes with credit left negative) and the overdue invoices by age, as of <paramref name="today"/>.</summary>
    private async Task<(AmountCount Unpaid, AmountCount Overdue, IReadOnlyList<AgeingBucket> Ageing)> OpenAmountsAsync(DateOnly today, CancellationToken ct)
    {
        var (d30, d60, d90) = (today.AddDays(-30), today.AddDays(-60), today.AddDays(-90));
        var open = await db.Invoices.AsNoTracking().Where(i => OpenStatuses.Contains(i.Status))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Unpaid = g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.Remaining : i.Remaining),
                UnpaidCount = g.Count(),
                Overdue = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < today ? i.Remaining : 0m),
                OverdueCount = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < today ? 1 : 0),
                Upto30 = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < today && i.DueDate >= d30 ? i.Remaining : 0m),
                Upto30Count = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < today && i.DueDate >= d30 ? 1 : 0),
                Upto60 = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < d30 && i.DueDate >= d60 ? i.Remaining : 0m),
                Upto60Count = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < d30 && i.DueDate >= d60 ? 1 : 0),
                Upto90 = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < d60 && i.DueDate >= d90 ? i.Remaining : 0m),
                Upto90Count = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < d60 && i.DueDate >= d90 ? 1 : 0),
                Beyond = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < d90 ? i.Remaining : 0m),
                BeyondCount = g.Sum(i => i.Kind == InvoiceKind.Invoice && i.DueDate < d90 ? 1 : 0),
            })
            .SingleOrDefaultAsync(ct);
        IReadOnlyList<AgeingBucket> ageing =
        [
            new("0-30", 1, 30, open?.Upto30 ?? 0m, open?.Upto30Count ?? 0),
            new("31-60", 31, 60, open?.Upto60 ?? 0m, open?.Upto60Count ?? 0),
            new("61-90", 61, 90, open?.Upto90 ?? 0m, open?.Upto90Count ?? 0),
            new("91+", 91, null, open?.Beyond ?? 0m, open?.BeyondCount ?? 0),
        ];
        return (new AmountCount(open?.Unpaid ?? 0m, open?.UnpaidCount ?? 0), new AmountCount(open?.Overdue ?? 0m, open?.OverdueCount ?? 0), ageing);
    }

    /// <summary>The revenue of the 12 months ending with <paramref name="end"/>'s month (up to <paramref name="end"/>), empty months included.</summary>
    private async Task<IReadOnlyList<MonthRevenue>> MonthsAsync(DateOnly end, CancellationToken ct)
    {
        var first = new DateOnly(end.Year, end.Month, 1).AddMonths(-11);
        var sums = await Revenue(first, end)
            .GroupBy(i => new { i.IssueDate!.Value.Year, i.IssueDate.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Revenue = g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) })
            .ToListAsync(ct);
        return [.. Enumerable.Range(0, 12).Select(first.AddMonths).Select(m =>
            new MonthRevenue(m.Year, m.Month, sums.SingleOrDefault(s => s.Year == m.Year && s.Month == m.Month)?.Revenue ?? 0m))];
    }

    private async Task<IReadOnlyList<CustomerRevenue>> TopCustomersAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        // Sorted in memory: SQLite cannot order by a decimal sum; one row per customer of the period is small.
        var sums = await Revenue(from, to)
            .GroupBy(i => i.CustomerId)
            .Select(g => new { CustomerId = g.Key, Revenue = g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) })
            .ToListAsync(ct);
        var top = sums.Where(s => s.Revenue > 0).OrderByDescending(s => s.Revenue).ThenBy(s => s.CustomerId).Take(TopCustomerCount).ToList();
        var ids = top.Select(s => s.CustomerId).ToList();
        var names = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return [.. top.Select(s => new CustomerRevenue(s.CustomerId, names.GetValueOrDefault(s.CustomerId, string.Empty), s.Revenue))];
    }

    private async Task<IReadOnlyList<ActivityRevenue>> ActivitiesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var sums = await Revenue(from, to)
            .GroupBy(i => i.ActivityId)
            .Select(g => new { ActivityId = g.Key, Revenue = g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet) })
            .ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        return [.. sums
            .Select(s => s.ActivityId is { } id && activities.TryGetValue(id, out var activity)
                ? new ActivityRevenue(id, activity.Code, activity.Name, s.Revenue)
                : new ActivityRevenue(null, null, "Sans activité", s.Revenue))
            .OrderByDescending(a => a.Revenue).ThenBy(a => a.Code)];
    }

    private async Task<AmountCount> DraftsAsync(CancellationToken ct)
    {
        var drafts = await db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Draft)
            .GroupBy(_ => 1)
            .Select(g => new { Amount = g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet), Count = g.Count() })
            .SingleOrDefaultAsync(ct);
        return new AmountCount(drafts?.Amount ?? 0m, drafts?.Count ?? 0);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
