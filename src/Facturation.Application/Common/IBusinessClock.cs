namespace Facturation.Application.Common;

/// <summary>
/// The one clock for business dates (ADR-011): <see cref="Today"/> is the company's date in its time zone —
/// issue, due, overdue, situations, payment defaults, penalties all read it, never the server's local date.
/// </summary>
public interface IBusinessClock
{
    /// <summary>The company's date now, in its time zone.</summary>
    DateOnly Today { get; }

    /// <summary>The current instant, for timestamps (stored in UTC).</summary>
    DateTime UtcNow { get; }

    /// <summary>An instant stored in UTC as the company's wall-clock time (for display), never the server's zone.</summary>
    DateTime ToBusinessTime(DateTime utc);
}
