using Facturation.Application.Data;
using Facturation.Application.Mail;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Telemetry;

/// <summary>How many e-mails wait in the outbox and since when: read by the readiness check and the metrics sampler.</summary>
public sealed record OutboxBacklog(int Pending, DateTime? OldestCreatedAtUtc)
{
    /// <summary>Two queries on the (Status, NextAttemptAtUtc) index; the pending rows are few when delivery works.</summary>
    public static async Task<OutboxBacklog> ReadAsync(FacturationDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = db.Set<OutboxMessage>().AsNoTracking().Where(message => message.Status == OutboxStatus.Pending);
        var count = await pending.CountAsync(ct);
        var oldest = count == 0 ? (DateTime?)null : await pending.MinAsync(message => message.CreatedAtUtc, ct);
        return new OutboxBacklog(count, oldest);
    }

    public TimeSpan OldestAge(DateTime nowUtc) => OldestCreatedAtUtc is { } createdAt && nowUtc > createdAt ? nowUtc - createdAt : TimeSpan.Zero;
}
