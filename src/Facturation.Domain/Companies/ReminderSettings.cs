namespace Facturation.Domain.Companies;

/// <summary>
/// Company-wide reminder options (ADR-020): whether the scheduled job sends due reminders by itself (off by default:
/// reminders are then sent from the Relances screen or the API), and whether the last level also drafts a penalty invoice.
/// </summary>
public sealed record ReminderSettings(bool AutomaticSending, bool PenaltyInvoiceAtLastLevel)
{
    public static ReminderSettings Default { get; } = new(false, false);
}
