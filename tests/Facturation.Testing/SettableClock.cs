namespace Facturation.Testing;

/// <summary>A clock a test moves by hand (UTC), so that dates the services take from "today" are pinned.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Moves the clock to noon UTC of <paramref name="date"/>.</summary>
    public void Set(DateOnly date) => Now = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
