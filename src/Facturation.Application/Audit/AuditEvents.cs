namespace Facturation.Application.Audit;

/// <summary>The event catalogue of the audit journal (docs/audit-trail.md describes each payload).</summary>
public static class AuditEvents
{
    public const string InvoiceIssued = "invoice.issued";
    public const string InvoiceSent = "invoice.sent";
    public const string InvoiceCancelled = "invoice.cancelled";
    public const string InvoicePaid = "invoice.paid";
    public const string InvoiceReplaced = "invoice.replaced";
    public const string PaymentRecorded = "payment.recorded";
    public const string PaymentVoided = "payment.voided";
    public const string CreditApplied = "credit.applied";
    public const string CreditRefunded = "credit.refunded";
    public const string CreditReversed = "credit.reversed";
    public const string NumberingChanged = "numbering.changed";
    public const string CompanyIdentityChanged = "company.identity_changed";
    public const string UserRolesChanged = "user.roles_changed";
    public const string ReminderSent = "reminder.sent";

    /// <summary>The SMTP server accepted a reminder's e-mail (its own event: a reminder is not <see cref="InvoiceSent"/>).</summary>
    public const string InvoiceReminderSent = "invoice.reminder_sent";
    public const string InvoiceLitigation = "invoice.litigation";
    public const string StatementIssued = "statement.issued";
    public const string InvoiceOperationsChanged = "invoice.operations_changed";
    public const string InvoiceAuthorChanged = "invoice.author_changed";

    /// <summary>Bulk-generated test data (ADR-031): one entry for the whole generation, never per document.</summary>
    public const string DataGenerated = "data.generated";
    public const string InvoiceArchived = "invoice.archived";

    public static IReadOnlyList<string> All { get; } =
    [
        InvoiceIssued, InvoiceSent, InvoiceCancelled, InvoicePaid, InvoiceReplaced, PaymentRecorded, PaymentVoided,
        CreditApplied, CreditRefunded, CreditReversed, NumberingChanged, CompanyIdentityChanged, UserRolesChanged,
        ReminderSent, InvoiceReminderSent, InvoiceLitigation,
        StatementIssued,
        InvoiceOperationsChanged, InvoiceAuthorChanged,
        DataGenerated,
        InvoiceArchived,
    ];
}
