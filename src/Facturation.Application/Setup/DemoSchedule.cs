namespace Facturation.Application.Setup;

/// <summary>What the demo activity planned for later days (a payment, a reminder, a cancellation…), played in date order.</summary>
internal sealed class DemoSchedule
{
    private readonly SortedDictionary<DateOnly, List<Func<DemoServices, CancellationToken, Task>>> _days = [];

    public void At(DateOnly day, Func<DemoServices, CancellationToken, Task> action)
    {
        if (!_days.TryGetValue(day, out var actions))
        {
            _days[day] = actions = [];
        }

        actions.Add(action);
    }

    /// <summary>The actions planned for <paramref name="day"/>, in the order they were planned; each is played once.</summary>
    public IReadOnlyList<Func<DemoServices, CancellationToken, Task>> TakeDay(DateOnly day) =>
        _days.Remove(day, out var actions) ? actions : [];
}
