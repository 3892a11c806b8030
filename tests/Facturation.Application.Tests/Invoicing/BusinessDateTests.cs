using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Domain.Companies;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Sqlite_a_time_zone_saved_in_the_settings_applies_at_once_on_this_instance()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertSavedZoneAppliesAtOnceAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_a_time_zone_saved_in_the_settings_applies_at_once_on_this_instance()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertSavedZoneAppliesAtOnceAsync(database);
    }

    [Fact]
    public async Task Sqlite_a_time_zone_changed_by_another_instance_applies_within_the_cache_lifetime()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertOtherInstanceChangeAppliesWithinLifetimeAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_a_time_zone_changed_by_another_instance_applies_within_the_cache_lifetime()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertOtherInstanceChangeAppliesWithinLifetimeAsync(database);
    }

    [Fact]
    public async Task Sqlite_a_cached_time_zone_costs_no_query()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertCachedZoneCostsNoQueryAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_a_cached_time_zone_costs_no_query()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertCachedZoneCostsNoQueryAsync(database);
    }

    private static async Task AssertSavedZoneAppliesAtOnceAsync(InvoicingDatabase database)
    {
        database.Clock.Set(LateEvening);
        Assert.Equal(new DateOnly(2026, 12, 1), await TodayAsync(database));

        await SaveTimeZoneAsync(database, "America/Toronto");

        Assert.Equal(new DateOnly(2026, 11, 30), await TodayAsync(database));
    }

    private static async Task AssertOtherInstanceChangeAppliesWithinLifetimeAsync(InvoicingDatabase database)
    {
        database.Clock.Set(LateEvening);
        Assert.Equal(new DateOnly(2026, 12, 1), await TodayAsync(database));

        // Another instance saves the settings: this one's cache is not told.
        await database.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync();
            company.UpdateDating("America/Toronto", 0);
            return await db.SaveChangesAsync();
        });
        database.Clock.Set(LateEvening + CompanyTimeZoneCache.Lifetime - TimeSpan.FromSeconds(1));
        var beforeExpiry = await TodayAsync(database);
        database.Clock.Set(LateEvening + CompanyTimeZoneCache.Lifetime);
        var afterExpiry = await TodayAsync(database);

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30)), (beforeExpiry, afterExpiry));
    }

    private static async Task AssertCachedZoneCostsNoQueryAsync(InvoicingDatabase database)
    {
        database.Clock.Set(LateEvening);
        await TodayAsync(database);

        await using var scope = database.NewInstance();
        var log = new SqlCommandLog();
        await using var db = log.ContextIn(scope.ServiceProvider);
        var zones = scope.ServiceProvider.GetRequiredService<CompanyTimeZoneCache>();
        var cached = new CompanyClock(db, database.Clock, zones).Today;
        var queriesWhenCached = log.Commands.Count;
        zones.Invalidate();
        var read = new CompanyClock(db, database.Clock, zones).Today;

        Assert.Equal((new DateOnly(2026, 12, 1), 0), (cached, queriesWhenCached));
        Assert.Equal((new DateOnly(2026, 12, 1), 1), (read, log.Commands.Count));
    }

    private static Task<DateOnly> TodayAsync(InvoicingDatabase database) =>
        database.WithAsync<IBusinessClock, DateOnly>(clock => Task.FromResult(clock.Today));

    private static Task<Company> SaveTimeZoneAsync(InvoicingDatabase database, string timeZone) =>
        database.WithAsync<CompanySettingsService, Company>(async settings =>
        {
            var input = CompanySettingsInput.From(await settings.GetAsync(CancellationToken.None));
            input.TimeZoneId = timeZone;
            return await settings.UpdateAsync(input, CancellationToken.None);
        });
}
