using Facturation.Application.Data;
using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Common;

/// <summary>
/// <see cref="IBusinessClock"/> over <see cref="TimeProvider"/> (tests pin it) and the company's time zone, read
/// once per scope from the database — not cached across requests, so a change made on another instance applies
/// at the next request.
/// </summary>
public sealed class CompanyClock(FacturationDb db, TimeProvider time) : IBusinessClock
{
    private TimeZoneInfo? _zone;

    public DateOnly Today => TodayIn(ZoneOfCompany(), Instant);

    public DateTime UtcNow => Instant.UtcDateTime;

    public DateTime ToBusinessTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ZoneOfCompany());

    private DateTimeOffset Instant => SimulatedBusinessTime.Current ?? time.GetUtcNow();

    public static DateOnly TodayIn(TimeZoneInfo zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private TimeZoneInfo ZoneOfCompany() =>
        _zone ??= Company.FindTimeZone(db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.TimeZoneId).FirstOrDefault())
            ?? TimeZoneInfo.FindSystemTimeZoneById(Company.DefaultTimeZoneId);
}
