namespace Facturation.Application.Audit;

/// <summary>
/// One link of the audit chain (ADR-012): never updated, never deleted (database triggers refuse both). The
/// hash covers the previous entry's hash and this entry's canonical form, so any change breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(long sequence, DateTime timeUtc, string actorId, string actorName, string eventName, string? documentNumber, string payload, string previousHash, string hash) =>
        (Sequence, TimeUtc, ActorId, ActorName, Event, DocumentNumber, Payload, PreviousHash, Hash) =
        (sequence, timeUtc, actorId, actorName, eventName, documentNumber, payload, previousHash, hash);

    /// <summary>1, 2, 3… without gaps: the chain's order.</summary>
    public long Sequence { get; private set; }

    /// <summary>UTC, truncated to the millisecond so that it reads back from every provider exactly as hashed.</summary>
    public DateTime TimeUtc { get; private set; }

    public string ActorId { get; private set; } = string.Empty;

    public string ActorName { get; private set; } = string.Empty;

    /// <summary>One of <see cref="AuditEvents"/>.</summary>
    public string Event { get; private set; } = string.Empty;

    /// <summary>The legal (or proforma) number the event concerns, for searching; also inside the payload.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>Canonical JSON (<see cref="CanonicalJson"/>), versioned by its <c>"v"</c> member.</summary>
    public string Payload { get; private set; } = string.Empty;

    /// <summary>Lowercase hex SHA-256; 64 zeros for the first entry.</summary>
    public string PreviousHash { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;
}
