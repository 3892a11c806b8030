namespace Facturation.Domain.Recurring;

/// <summary>What one occurrence produced, shown in the template's history.</summary>
public enum OccurrenceOutcome
{
    Draft,
    Issued,

    /// <summary>Issued and the e-mail queued in the outbox.</summary>
    IssuedAndQueued,

    /// <summary>Issued, but no e-mail could be queued (no address, no sender): see the note.</summary>
    IssuedNotSent,

    /// <summary>The action asked to issue but the document could not be issued at the occurrence's date: left as a draft.</summary>
    DraftNotIssued,
}
