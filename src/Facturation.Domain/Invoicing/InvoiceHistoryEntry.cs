namespace Facturation.Domain.Invoicing;

/// <summary>One state change of a document: who, when, what.</summary>
public sealed class InvoiceHistoryEntry
{
    private InvoiceHistoryEntry()
    {
    }

    internal InvoiceHistoryEntry(DateTime atUtc, Actor actor, string action, string details)
    {
        (AtUtc, UserId, UserName, Action, Details) = (atUtc, actor.UserId, actor.UserName, action, details);
    }

    public int Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string UserName { get; private set; } = string.Empty;

    /// <summary>Stable code: created, updated, finalized, duplicated…</summary>
    public string Action { get; private set; } = string.Empty;

    public string Details { get; private set; } = string.Empty;
}
