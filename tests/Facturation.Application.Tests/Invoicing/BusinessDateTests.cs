using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>"Today" is the company's date in its time zone, not the server's (ADR-011).</summary>
public sealed class BusinessDateTests
{
    private static readonly DateTimeOffset LateEvening = new(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Finalize_at_2330_utc_for_a_paris_company_is_dated_the_next_day()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        database.Clock.Set(LateEvening);

        var issued = await database.FinalizeAsync((await database.CreateDraftsAsync(1)).Single());

        Assert.Equal((new DateOnly(2026, 12, 1), "FA2612-0001"), (issued.IssueDate, issued.Number));
    }

    [Theory]
    [InlineData("Europe/Paris", "2026-12-01")]
    [InlineData("America/Toronto", "2026-11-30")]
    public async Task Today_at_2330_utc_is_the_company_date(string timeZone, string expected)
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        database.Clock.Set(LateEvening);
        await database.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync();
            company.UpdateDating(timeZone, 0);
            return await db.SaveChangesAsync();
        });

        var today = await database.WithAsync<IBusinessClock, DateOnly>(clock => Task.FromResult(clock.Today));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), today);
    }

    [Fact]
    public async Task Finalize_at_2330_utc_for_a_toronto_company_is_dated_the_same_day()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        database.Clock.Set(LateEvening);
        await database.WithAsync<CompanySettingsService, Company>(async settings =>
        {
            var input = CompanySettingsInput.From(await settings.GetAsync(CancellationToken.None));
            input.TimeZoneId = "America/Toronto";
            return await settings.UpdateAsync(input, CancellationToken.None);
        });

        var issued = await database.FinalizeAsync((await database.CreateDraftsAsync(1)).Single());

        Assert.Equal((new DateOnly(2026, 11, 30), "FA2611-0001"), (issued.IssueDate, issued.Number));
    }
}
