using Facturation.Application.Data;
using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Common;

/// <summary>
/// <see cref="IBusinessClock"/> over <see cref="TimeProvider"/> (tests pin it) and the company's time zone, kept for
/// the whole request and shared between requests by <see cref="CompanyTimeZoneCache"/> (at most 30 seconds, dropped
/// when this instance saves the settings), so a change made on another instance applies within 30 seconds.
/// </summary>
public sealed class CompanyClock(FacturationDb db, TimeProvider time, CompanyTimeZoneCache zones) : IBusinessClock
{
    private TimeZoneInfo? _zone;

    public DateOnly Today => TodayIn(ZoneOfCompany(), Instant);

    public DateTime UtcNow => Instant.UtcDateTime;

    public DateTime ToBusinessTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ZoneOfCompany());

    private DateTimeOffset Instant => SimulatedBusinessTime.Current ?? time.GetUtcNow();

    public static DateOnly TodayIn(TimeZoneInfo zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private TimeZoneInfo ZoneOfCompany() => _zone ??= zones.Find() ?? Read();

    private TimeZoneInfo Read()
    {
        var generation = zones.Generation;
        var zone = Company.FindTimeZone(db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.TimeZoneId).FirstOrDefault())
            ?? TimeZoneInfo.FindSystemTimeZoneById(Company.DefaultTimeZoneId);
        zones.Store(zone, generation);
        return zone;
    }
}
