namespace Facturation.Domain.Reminders;

/// <summary>Why no reminder goes out for a document (the API's <c>skipped</c> code, in snake case).</summary>
public enum ReminderSkip
{
    NotAnInvoice,
    Draft,
    Settled,
    Cancelled,
    InLitigation,
    OptedOut,
    NotDue,
    AlreadySent,
    NotFound,
    NoRecipient,
}
