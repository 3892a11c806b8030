namespace Facturation.Application.Webhooks;

/// <summary>The events an endpoint can subscribe to (docs/webhooks.md shows a payload of each).</summary>
public static class WebhookEvents
{
    public const string InvoiceIssued = "invoice.issued";
    public const string InvoiceSent = "invoice.sent";
    public const string InvoicePaid = "invoice.paid";
    public const string InvoiceCancelled = "invoice.cancelled";
    public const string CreditNoteIssued = "credit_note.issued";
    public const string PaymentRecorded = "payment.recorded";
    public const string PaymentVoided = "payment.voided";
    public const string StatementIssued = "statement.issued";

    /// <summary>Added after the first catalogue (ADR-020/030): the e-mail of a payment reminder was accepted by the SMTP server.</summary>
    public const string InvoiceReminderSent = "invoice.reminder_sent";

    public static IReadOnlyList<string> All { get; } =
        [InvoiceIssued, InvoiceSent, InvoicePaid, InvoiceCancelled, CreditNoteIssued, PaymentRecorded, PaymentVoided, StatementIssued, InvoiceReminderSent];
}
