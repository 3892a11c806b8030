using Facturation.Domain.Reminders;

namespace Facturation.Application.Reminders;

/// <summary>What happened to one invoice of a send request: the level queued, or why it was skipped.</summary>
public sealed record ReminderOutcome(
    int InvoiceId,
    string? Number,
    int? Level,
    string? LevelName,
    int? OutboxMessageId,
    ReminderSkip? Skip,
    string? Reason,
    int? PenaltyInvoiceId = null,
    string? PenaltyRefusal = null)
{
    public bool Sent => Level is not null;

    public static ReminderOutcome Skipped(int invoiceId, string? number, ReminderSkip skip, string reason) =>
        new(invoiceId, number, null, null, null, skip, reason);
}
