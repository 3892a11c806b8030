namespace Facturation.Application.Audit;

/// <summary>Where the audit chain ends, as read (and locked) from its head row.</summary>
internal readonly record struct AuditHeadPosition(long Sequence, string Hash);

/// <summary>
/// Links a transaction's pending entries after the head: the next sequences, each hash over the previous one, one time
/// for all (UTC, truncated to the millisecond so that every provider reads it back exactly as hashed). Used by both ways
/// of writing them: at commit (<see cref="AuditChainInterceptor"/>) and with a finalization's save
/// (<see cref="AuditJournal.WriteWithNextSave"/>).
/// </summary>
internal static class AuditChaining
{
    public static List<AuditEntry> After(AuditHeadPosition head, IReadOnlyList<PendingAuditEntry> entries, DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        var time = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        var (sequence, hash) = head;
        var links = new List<AuditEntry>(entries.Count);
        foreach (var entry in entries)
        {
            sequence++;
            var previous = hash;
            hash = AuditHash.Compute(previous, sequence, time, entry.ActorId, entry.ActorName, entry.Event, entry.DocumentNumber, entry.Payload);
            links.Add(new AuditEntry(sequence, time, entry.ActorId, entry.ActorName, entry.Event, entry.DocumentNumber, entry.Payload, previous, hash));
        }

        return links;
    }
}
