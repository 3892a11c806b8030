namespace Facturation.Testing;

/// <summary>
/// A clock the test sets: the real application runs on it (registered in place of <see cref="TimeProvider.System"/>)
/// so a test can finalize "at 23:30 UTC" or on a given day. Its local time zone is UTC, like the build machine's,
/// so anything still reading the server's local date shows up as a failing test.
/// </summary>
public sealed class PinnedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    private long _ticks = utcNow.UtcTicks;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset utcNow) => Interlocked.Exchange(ref _ticks, utcNow.UtcTicks);

    /// <summary>Noon in Paris (10:00 or 11:00 UTC) on <paramref name="date"/>: the same calendar day in Paris and Toronto.</summary>
    public void SetDay(DateOnly date) => Set(new DateTimeOffset(date.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero));
}
