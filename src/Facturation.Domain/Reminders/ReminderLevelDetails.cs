namespace Facturation.Domain.Reminders;

/// <summary>What an administrator edits on a reminder level.</summary>
public sealed record ReminderLevelDetails(string Name, int DaysAfterDue, string SubjectTemplate, string BodyTemplate);
