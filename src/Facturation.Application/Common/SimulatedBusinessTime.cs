namespace Facturation.Application.Common;

/// <summary>
/// Lets the first-run demo data (ADR-030) play 18 months of activity through the real domain services: within the
/// async flow that set it — and only there — <see cref="CompanyClock"/> reads this instant instead of the system
/// time, so documents get the dates they would have had. Requests and background jobs never see it.
/// </summary>
public static class SimulatedBusinessTime
{
    private static readonly AsyncLocal<DateTimeOffset?> Instant = new();

    public static DateTimeOffset? Current => Instant.Value;

    /// <summary>Synchronous on purpose: an AsyncLocal set in a synchronous method stays visible to its caller's flow.</summary>
    public static void Set(DateTimeOffset? instant) => Instant.Value = instant;
}
