namespace Facturation.Domain.Reminders;

/// <summary>What an administrator edits on a reminder level; <paramref name="AttachLetter"/> adds a PDF letter to the e-mail.</summary>
public sealed record ReminderLevelDetails(string Name, int DaysAfterDue, string SubjectTemplate, string BodyTemplate, bool AttachLetter = false);
