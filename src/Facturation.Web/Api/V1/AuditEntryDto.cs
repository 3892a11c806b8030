using System.Text.Json.Nodes;
using Facturation.Application.Audit;

namespace Facturation.Web.Api.V1;

/// <summary>One journal entry; <c>payload</c> is the canonical JSON object the hash was computed on (docs/audit-trail.md).</summary>
public sealed record AuditEntryDto(long Sequence, DateTime TimeUtc, string ActorId, string Actor, string Event, string? DocumentNumber, JsonObject Payload, string PreviousHash, string Hash)
{
    public static AuditEntryDto From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(
            entry.Sequence,
            DateTime.SpecifyKind(entry.TimeUtc, DateTimeKind.Utc),
            entry.ActorId,
            entry.ActorName,
            entry.Event,
            entry.DocumentNumber,
            CanonicalJson.Parse(entry.Payload),
            entry.PreviousHash.Trim(),
            entry.Hash.Trim());
    }
}
