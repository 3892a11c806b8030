using Facturation.Testing;

namespace Facturation.Web.Tests.Recurring;

/// <summary>The application on a pinned day, its background job worker off so that only the test generates occurrences.</summary>
public sealed class RecurringApp : FacturationApp
{
    public static readonly DateOnly Today = new(2027, 1, 5);

    public RecurringApp()
    {
        var clock = new PinnedTimeProvider(DateTimeOffset.UtcNow);
        clock.SetDay(Today);
        WithClock(clock).With("Jobs:Enabled", "false");
    }
}
