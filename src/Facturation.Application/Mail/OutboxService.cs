using Facturation.Application.Data;
using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Mail;

/// <summary>The outbox as administrators and API clients see it: one message, the list of undelivered ones, retry.</summary>
public sealed class OutboxService(FacturationDb db, TimeProvider clock)
{
    public async Task<OutboxMessage> GetAsync(int id, CancellationToken ct) =>
        await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw DomainException.NotFound("outbox", "Message", id);

    /// <summary>Messages not delivered yet (pending, being sent, failed), oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> UndeliveredAsync(int limit, CancellationToken ct) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.Status != OutboxStatus.Sent)
            .OrderBy(m => m.Status == OutboxStatus.Failed ? 0 : 1).ThenBy(m => m.Id).Take(limit).ToListAsync(ct);

    public async Task<IReadOnlyList<OutboxMessage>> ForInvoiceAsync(int invoiceId, CancellationToken ct) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.InvoiceId == invoiceId).OrderByDescending(m => m.Id).ToListAsync(ct);

    public async Task RetryAsync(int id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw DomainException.NotFound("outbox", "Message", id);
        message.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
