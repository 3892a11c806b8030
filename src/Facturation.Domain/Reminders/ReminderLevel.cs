using Facturation.Domain.Common;

namespace Facturation.Domain.Reminders;

/// <summary>
/// One step of the payment-reminder ladder (relance amicale, relance, mise en demeure): how many days after the due
/// date it becomes due, the e-mail it sends and whether a PDF letter goes with it. Levels are numbered 1, 2, 3…; their delays increase with the level.
/// </summary>
public sealed class ReminderLevel
{
    private ReminderLevel()
    {
    }

    public ReminderLevel(int level, ReminderLevelDetails details)
    {
        if (level < 1)
        {
            throw new DomainException("reminder_level.level", "Le niveau de relance commence à 1.", nameof(Level));
        }

        Level = level;
        Update(details);
    }

    public int Id { get; private set; }

    public int Level { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int DaysAfterDue { get; private set; }

    public string SubjectTemplate { get; private set; } = string.Empty;

    public string BodyTemplate { get; private set; } = string.Empty;

    /// <summary>The reminder e-mail carries a PDF letter after the invoice (ADR-020, amended).</summary>
    public bool AttachLetter { get; private set; }

    public void Update(ReminderLevelDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.DaysAfterDue is < 1 or > 365)
        {
            throw new DomainException("reminder_level.days", "Le délai doit être compris entre 1 et 365 jours après l'échéance.", nameof(DaysAfterDue));
        }

        Name = Require.Text(details.Name, nameof(Name), "Le nom", 100);
        DaysAfterDue = details.DaysAfterDue;
        SubjectTemplate = Require.Text(details.SubjectTemplate, nameof(SubjectTemplate), "L'objet", 250);
        BodyTemplate = Require.Text(details.BodyTemplate, nameof(BodyTemplate), "Le message", 8000);
        AttachLetter = details.AttachLetter;
    }

    public ReminderLevelDetails ToDetails() => new(Name, DaysAfterDue, SubjectTemplate, BodyTemplate, AttachLetter);
}
