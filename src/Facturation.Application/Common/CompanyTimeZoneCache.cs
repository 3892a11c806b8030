namespace Facturation.Application.Common;

/// <summary>
/// The company's time zone shared by every request of one app instance (ADR-011, session 11): <see cref="CompanyClock"/>
/// read it from the database once per request. A zone read here is used for <see cref="Lifetime"/> at most, so a change
/// saved on another instance is seen there within 30 seconds; the instance that saves the settings drops it at once
/// (<see cref="Invalidate"/>). A read that started before an invalidation is not stored: it may hold the old zone.
/// </summary>
public sealed class CompanyTimeZoneCache(TimeProvider time)
{
    /// <summary>How long another instance may keep the previous zone after a change of the company settings.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private TimeZoneInfo? _zone;
    private DateTimeOffset _readAt;
    private long _generation;

    /// <summary>The zone read less than <see cref="Lifetime"/> ago (by the app's clock), or null.</summary>
    public TimeZoneInfo? Find()
    {
        lock (_lock)
        {
            var age = time.GetUtcNow() - _readAt;
            return _zone is not null && age >= TimeSpan.Zero && age < Lifetime ? _zone : null;
        }
    }

    /// <summary>The value to hand back to <see cref="Store"/>: taken before reading the database.</summary>
    public long Generation
    {
        get
        {
            lock (_lock)
            {
                return _generation;
            }
        }
    }

    /// <summary>Keeps <paramref name="zone"/>, read after <paramref name="generation"/> was taken, unless invalidated since.</summary>
    public void Store(TimeZoneInfo zone, long generation)
    {
        lock (_lock)
        {
            if (generation == _generation)
            {
                (_zone, _readAt) = (zone, time.GetUtcNow());
            }
        }
    }

    /// <summary>Drops the zone (the company settings were saved): the next request reads the database.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            (_zone, _generation) = (null, _generation + 1);
        }
    }
}
