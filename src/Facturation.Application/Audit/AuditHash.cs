using System.Text.Json.Nodes;

namespace Facturation.Application.Audit;

/// <summary>
/// hash = SHA-256( previousHash ‖ canonical entry ), lowercase hex, where the canonical entry is the canonical
/// JSON of <c>{sequence, timeUtc, actor:{id,name}, event, documentNumber, payload}</c>: the payload and
/// everything said about it are covered, and each hash depends on the whole chain before it.
/// </summary>
public static class AuditHash
{
    public static string Compute(string previousHash, long sequence, DateTime timeUtc, string actorId, string actorName, string eventName, string? documentNumber, string payload) =>
        CanonicalJson.Sha256(previousHash + CanonicalEntry(sequence, timeUtc, actorId, actorName, eventName, documentNumber, payload));

    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Compute(entry.PreviousHash, entry.Sequence, entry.TimeUtc, entry.ActorId, entry.ActorName, entry.Event, entry.DocumentNumber, entry.Payload);
    }

    public static string CanonicalEntry(long sequence, DateTime timeUtc, string actorId, string actorName, string eventName, string? documentNumber, string payload) =>
        CanonicalJson.Serialize(new JsonObject
        {
            ["sequence"] = sequence,
            ["timeUtc"] = CanonicalJson.Time(timeUtc),
            ["actor"] = new JsonObject { ["id"] = actorId, ["name"] = actorName },
            ["event"] = eventName,
            ["documentNumber"] = documentNumber,
            ["payload"] = CanonicalJson.Parse(payload),
        });
}
