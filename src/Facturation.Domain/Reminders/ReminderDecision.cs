namespace Facturation.Domain.Reminders;

/// <summary>The level to send for a document today, or why none is sent (<see cref="Skip"/> with a French reason).</summary>
public sealed record ReminderDecision(ReminderLevel? Level, int DaysLate, ReminderSkip? Skip, string? Reason)
{
    public bool IsDue => Level is not null;

    public static ReminderDecision Send(ReminderLevel level, int daysLate) => new(level, daysLate, null, null);

    public static ReminderDecision Skipped(ReminderSkip skip, string reason, int daysLate = 0) => new(null, daysLate, skip, reason);
}
