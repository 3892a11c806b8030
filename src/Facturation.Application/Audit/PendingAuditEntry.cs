namespace Facturation.Application.Audit;

/// <summary>An event recorded by a use case, written to the chain when its transaction commits.</summary>
internal sealed record PendingAuditEntry(string ActorId, string ActorName, string Event, string? DocumentNumber, string Payload);
