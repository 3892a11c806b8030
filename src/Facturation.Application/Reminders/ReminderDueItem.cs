namespace Facturation.Application.Reminders;

/// <summary>An overdue invoice with the reminder level it gets today (the Relances screen and <c>GET /api/v1/reminders/due</c>).</summary>
public sealed record ReminderDueItem(
    int InvoiceId,
    string Number,
    int CustomerId,
    string CustomerName,
    DateOnly DueDate,
    int DaysLate,
    decimal Remaining,
    string Currency,
    int Level,
    string LevelName,
    int? LastReminderLevel,
    DateTime? LastReminderAtUtc);
