using Facturation.Application.Reminders;

namespace Facturation.Web.Api.V1;

/// <summary>
/// One invoice of a send request: <c>sent</c> with the level queued and its outbox message, or <c>skipped</c>
/// (not_an_invoice, draft, settled, cancelled, in_litigation, opted_out, not_due, already_sent, not_found,
/// no_recipient) with the French reason.
/// </summary>
public sealed record ReminderOutcomeDto(
    int InvoiceId,
    string? Number,
    bool Sent,
    int? Level,
    string? LevelName,
    int? OutboxMessageId,
    string? Skipped,
    string? Reason,
    int? PenaltyInvoiceId,
    string? PenaltyRefusal)
{
    public static ReminderOutcomeDto From(ReminderOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(
            outcome.InvoiceId, outcome.Number, outcome.Sent, outcome.Level, outcome.LevelName, outcome.OutboxMessageId,
            outcome.Skip is { } skip ? System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(skip.ToString()) : null,
            outcome.Reason, outcome.PenaltyInvoiceId, outcome.PenaltyRefusal);
    }
}
