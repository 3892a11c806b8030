using Facturation.Application.Activities;
using Facturation.Application.Corrections;
using Facturation.Application.Invoicing;
using Facturation.Application.Statistics;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Statistics;

/// <summary>
/// The dashboard's figures (ADR-027) over known documents issued through the domain on chosen days of the company
/// clock (Europe/Paris): every figure asserted, the ageing boundaries 30/31/60/61/90/91 days, credit notes negative,
/// cancelled documents and their counterparts excluded, drafts apart, month boundaries in the company's time zone.
/// </summary>
public sealed class DashboardStatisticsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Fact]
    public async Task Sqlite_figures_match_the_known_documents()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertFiguresAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_figures_match_the_known_documents()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertFiguresAsync(database);
    }

    [Fact]
    public async Task Sqlite_period_ending_before_it_starts_is_refused_on_from()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var error = await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            database.WithAsync<DashboardStatisticsService, DashboardFigures>(s => s.ComputeAsync(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1), Ct)));
        Assert.Equal("from", error.Field);
    }

    private static async Task AssertFiguresAsync(InvoicingDatabase database)
    {
        var maintenance = await database.WithAsync<ActivityService, Domain.Activities.Activity>(s => s.CreateAsync(new ActivityInput { Code = "MAINT", Name = "Maintenance" }, Ct));

        // Last year: 100 HT due 2025-04-09 (340 days late on the 15th of March 2026).
        await IssueOnAsync(database, new DateOnly(2025, 3, 10), 100m, new DateOnly(2025, 4, 9));

        // Six invoices of 10 HT (12 TTC) issued 2025-12-14, due 30, 31, 60, 61, 90 and 91 days before "today".
        foreach (var days in new[] { 30, 31, 60, 61, 90, 91 })
        {
            await IssueOnAsync(database, new DateOnly(2025, 12, 14), 10m, Today.AddDays(-days));
        }

        // 23:30 UTC on January 31st is already February 1st in Paris: this one counts in February.
        database.Clock.Set(new DateTimeOffset(2026, 1, 31, 23, 30, 0, TimeSpan.Zero));
        var february = await IssueAsync(database, 1000m, new DateOnly(2026, 4, 30));
        Assert.Equal(new DateOnly(2026, 2, 1), february.IssueDate);

        // March: 500 HT of maintenance, a credit note of 50 HT on it (same activity, negative), a cancelled invoice.
        var march = await IssueOnAsync(database, new DateOnly(2026, 3, 2), 500m, new DateOnly(2026, 4, 30), maintenance.Id);
        var creditNote = await database.WithAsync<CorrectionService, Invoice>(s => s.CreateCreditNoteAsync(march.Id, new CreditNoteInput { Type = InvoiceType.Corrective, Amount = 50m }, InvoicingDatabase.Biller, Ct));
        Assert.Equal(maintenance.Id, (await database.FinalizeAsync(creditNote.Id)).ActivityId);
        var cancelled = await IssueOnAsync(database, new DateOnly(2026, 3, 5), 300m, new DateOnly(2026, 4, 30));
        await database.WithAsync<CorrectionService, (Invoice, Invoice)>(s => s.CancelAsync(cancelled.Id, "Erreur de client", InvoicingDatabase.Biller, Ct));

        // A draft waiting: 70 HT.
        await database.CreateDraftsAsync(1, customerId => Input(customerId, 70m, null, null));

        database.Clock.SetDay(Today);
        var figures = await database.WithAsync<DashboardStatisticsService, DashboardFigures>(s => s.ComputeAsync(null, null, Ct));

        Assert.Equal(Today, figures.Today);
        Assert.Equal(new RevenueComparison(new DateOnly(2026, 1, 1), Today, 1450m, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 15), 100m), figures.Period);
        Assert.Equal(new RevenueComparison(new DateOnly(2026, 3, 1), Today, 450m, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 15), 100m), figures.Month);
        Assert.Equal(new RevenueComparison(new DateOnly(2026, 1, 1), Today, 1450m, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 15), 100m), figures.Year);

        // Open: 120 + 6 × 12 + 1 200 + 600 − 60 (the credit note's credit left) over 10 documents.
        Assert.Equal(new AmountCount(1932m, 10), figures.Unpaid);
        Assert.Equal(new AmountCount(192m, 7), figures.Overdue);
        Assert.Equal(
            new[] { new AgeingBucket("0-30", 1, 30, 12m, 1), new AgeingBucket("31-60", 31, 60, 24m, 2), new AgeingBucket("61-90", 61, 90, 24m, 2), new AgeingBucket("91+", 91, null, 132m, 2) },
            figures.Ageing);

        var expectedMonths = Enumerable.Range(0, 12).Select(i => new DateOnly(2025, 4, 1).AddMonths(i))
            .Select(m => new MonthRevenue(m.Year, m.Month, (m.Year, m.Month) switch { (2025, 12) => 60m, (2026, 2) => 1000m, (2026, 3) => 450m, _ => 0m }));
        Assert.Equal(expectedMonths, figures.Months);
        var customerName = await database.WithDbAsync(db => db.Customers.Where(c => c.Id == february.CustomerId).Select(c => c.Name).SingleAsync());
        Assert.Equal(new[] { new CustomerRevenue(february.CustomerId, customerName, 1450m) }, figures.TopCustomers);
        Assert.Equal(new[] { new ActivityRevenue(null, null, "Sans activité", 1000m), new ActivityRevenue(maintenance.Id, "MAINT", "Maintenance", 450m) }, figures.Activities);
        Assert.Equal(new AmountCount(70m, 1), figures.Drafts);
        Assert.Equal(0, figures.FailingEmails);

        // A period asked for: the previous figures are the same dates one year earlier.
        var december = await database.WithAsync<DashboardStatisticsService, DashboardFigures>(s => s.ComputeAsync(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31), Ct));
        Assert.Equal(60m, december.Period.Revenue);
        Assert.Equal(0m, december.Period.PreviousRevenue);
        Assert.Equal(new AmountCount(1932m, 10), december.Unpaid);

        // "Today" itself comes from the company's zone: at 23:30 UTC on January 31st the month is already February.
        database.Clock.Set(new DateTimeOffset(2026, 1, 31, 23, 30, 0, TimeSpan.Zero));
        var firstOfFebruary = await database.WithAsync<DashboardStatisticsService, DashboardFigures>(s => s.ComputeAsync(null, null, Ct));
        Assert.Equal(new DateOnly(2026, 2, 1), firstOfFebruary.Month.From);
        Assert.Equal(1000m, firstOfFebruary.Month.Revenue);
    }

    private static async Task<Invoice> IssueOnAsync(InvoicingDatabase database, DateOnly day, decimal net, DateOnly due, int? activityId = null)
    {
        database.Clock.SetDay(day);
        return await IssueAsync(database, net, due, activityId);
    }

    private static async Task<Invoice> IssueAsync(InvoicingDatabase database, decimal net, DateOnly due, int? activityId = null)
    {
        var ids = await database.CreateDraftsAsync(1, customerId => Input(customerId, net, due, activityId));
        return await database.FinalizeAsync(ids[0]);
    }

    private static InvoiceInput Input(int customerId, decimal net, DateOnly? due, int? activityId) => new()
    {
        CustomerId = customerId,
        DueDate = due,
        PaymentTermsDays = due is null ? 30 : null,
        ActivityId = activityId,
        Lines = [new() { Description = "Prestation", Quantity = 1, UnitPrice = net, TaxCode = "TVA20" }],
    };
}
