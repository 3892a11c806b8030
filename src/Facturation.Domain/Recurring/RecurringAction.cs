namespace Facturation.Domain.Recurring;

/// <summary>What each occurrence of a recurring invoice produces.</summary>
public enum RecurringAction
{
    /// <summary>A draft to review and issue by hand.</summary>
    Draft,

    /// <summary>An issued invoice (legal number, archive, e-invoice, audit) dated on the occurrence.</summary>
    Issue,

    /// <summary>An issued invoice, e-mailed to the customer's billing contact through the outbox.</summary>
    IssueAndSend,
}
