using Facturation.Application.Numbering;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Numbering;

/// <summary>
/// Changing the reset of a series that has given numbers takes effect at the start of the next period, the
/// counter continuing until then: no duplicate, no failure, and the preview is the number actually given.
/// </summary>
public sealed class ResetChangeTests
{
    [Fact]
    public async Task Sqlite_switch_to_monthly_mid_month_continues_then_restarts_next_month()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertNeverToMonthlyAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_switch_to_monthly_mid_month_continues_then_restarts_next_month()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertNeverToMonthlyAsync(database);
    }

    [Fact]
    public async Task Sqlite_switch_back_to_never_before_the_change_applies_cancels_it()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        database.Clock.SetDay(new DateOnly(2026, 11, 10));
        await FinalizeAsync(database, 2);
        var invoices = await CrossSeriesNumberTests.SeriesIdAsync(database, SeriesKind.Invoice);

        await ChangeResetAsync(database, invoices, ResetPolicy.Monthly);
        var reverted = await ChangeResetAsync(database, invoices, ResetPolicy.Never);
        database.Clock.SetDay(new DateOnly(2026, 12, 3));
        var numbers = await FinalizeAsync(database, 1);

        Assert.Equal((ResetPolicy.Never, (DateOnly?)null), (reverted.Reset, reverted.ResetFrom));
        Assert.Equal(["FA2612-0003"], numbers);
    }

    private static async Task AssertNeverToMonthlyAsync(InvoicingDatabase database)
    {
        database.Clock.SetDay(new DateOnly(2026, 11, 10));
        var before = await FinalizeAsync(database, 3);
        var invoices = await CrossSeriesNumberTests.SeriesIdAsync(database, SeriesKind.Invoice);

        var changed = await ChangeResetAsync(database, invoices, ResetPolicy.Monthly);
        var previewNow = await PreviewAsync(database, invoices);
        var during = await FinalizeAsync(database, 2);
        database.Clock.SetDay(new DateOnly(2026, 12, 1));
        var previewNextMonth = await PreviewAsync(database, invoices);
        var after = await FinalizeAsync(database, 2);

        Assert.Equal(["FA2611-0001", "FA2611-0002", "FA2611-0003"], before);
        Assert.Equal((ResetPolicy.Monthly, (DateOnly?)new DateOnly(2026, 12, 1)), (changed.Reset, changed.ResetFrom));
        Assert.Equal("FA2611-0004", previewNow);
        Assert.Equal(["FA2611-0004", "FA2611-0005"], during);
        Assert.Equal("FA2612-0001", previewNextMonth);
        Assert.Equal(["FA2612-0001", "FA2612-0002"], after);
        var all = await database.WithDbAsync(db => db.Invoices.Where(i => i.Number != null).Select(i => i.Number!).ToListAsync());
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    private static Task<NumberingSeries> ChangeResetAsync(InvoicingDatabase database, int id, ResetPolicy reset) =>
        database.WithAsync<NumberingSeriesService, NumberingSeries>(s => s.UpdateAsync(id, new NumberingSeriesInput { Mask = "FA{yy}{mm}-{0000}", Reset = reset }, CancellationToken.None));

    private static Task<string> PreviewAsync(InvoicingDatabase database, int id) =>
        database.WithAsync<NumberingSeriesService, string>(async s => await s.NextNumberAsync(await s.GetAsync(id, CancellationToken.None), CancellationToken.None));

    private static async Task<List<string>> FinalizeAsync(InvoicingDatabase database, int count)
    {
        var numbers = new List<string>();
        foreach (var id in await database.CreateDraftsAsync(count))
        {
            numbers.Add((await database.FinalizeAsync(id)).Number!);
        }

        return numbers;
    }
}
