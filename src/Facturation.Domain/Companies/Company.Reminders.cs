namespace Facturation.Domain.Companies;

public sealed partial class Company
{
    public ReminderSettings Reminders { get; private set; } = ReminderSettings.Default;

    public void UpdateReminders(ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Reminders = settings;
    }
}
