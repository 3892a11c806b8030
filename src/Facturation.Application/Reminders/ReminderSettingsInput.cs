namespace Facturation.Application.Reminders;

/// <summary>The Admin screen "Relances" under Paramètres: the company options and every level.</summary>
public sealed class ReminderSettingsInput
{
    public bool AutomaticSending { get; set; }

    public bool PenaltyInvoiceAtLastLevel { get; set; }

    public List<ReminderLevelInput> Levels { get; set; } = [];
}
