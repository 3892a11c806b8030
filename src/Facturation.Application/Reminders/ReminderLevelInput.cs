using Facturation.Domain.Reminders;

namespace Facturation.Application.Reminders;

public sealed class ReminderLevelInput
{
    public int Level { get; set; }

    public string? Name { get; set; }

    public int DaysAfterDue { get; set; }

    public string? SubjectTemplate { get; set; }

    public string? BodyTemplate { get; set; }

    /// <summary>Attach the PDF reminder letter to the e-mail, after the invoice.</summary>
    public bool AttachLetter { get; set; }

    public static ReminderLevelInput From(ReminderLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return new() { Level = level.Level, Name = level.Name, DaysAfterDue = level.DaysAfterDue, SubjectTemplate = level.SubjectTemplate, BodyTemplate = level.BodyTemplate, AttachLetter = level.AttachLetter };
    }

    public ReminderLevelDetails ToDetails() => new(Name ?? string.Empty, DaysAfterDue, SubjectTemplate ?? string.Empty, BodyTemplate ?? string.Empty, AttachLetter);
}
