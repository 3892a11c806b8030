using Facturation.Application.Audit;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Mail;

/// <summary>
/// What happens once the SMTP server accepted a message: the row is marked sent and its document updated, in one
/// transaction. A payment reminder records its own event (<c>invoice.reminder_sent</c>, ADR-020) and leaves the
/// document's status alone; any other e-mail of a document marks it sent (<c>invoice.sent</c>). Used by the outbox
/// dispatcher and by the first-run demo data (ADR-030), which records its e-mails as delivered without sending them.
/// </summary>
public sealed class DeliveredMessageRecorder(FacturationDb db, AuditJournal journal)
{
    public async Task RecordAsync(OutboxMessage message, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        message.MarkSent(nowUtc);
        if (message.InvoiceId is { } invoiceId && await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, ct) is { } invoice)
        {
            string[] recipients = [.. message.ToList, .. message.CcList];
            var reminder = await db.PaymentReminders.AsNoTracking().Where(r => r.OutboxMessageId == message.Id)
                .Select(r => new { r.Level, r.LevelName }).SingleOrDefaultAsync(ct);
            if (reminder is not null)
            {
                invoice.RecordReminderDelivered(reminder.Level, reminder.LevelName, recipients, message.RequestedBy, nowUtc);
                await journal.AppendAsync(
                    AuditEvents.InvoiceReminderSent, message.RequestedBy, invoice.DisplayNumber,
                    AuditPayloads.ReminderDelivered(invoice, reminder.Level, reminder.LevelName, recipients, message.Id, nowUtc), ct);
            }
            else
            {
                invoice.MarkSent(recipients, message.RequestedBy, nowUtc);
                await journal.AppendAsync(AuditEvents.InvoiceSent, message.RequestedBy, invoice.DisplayNumber, AuditPayloads.Sent(invoice, recipients, message.Id, nowUtc), ct);
            }
        }

        if (message.StatementId is { } statementId && await db.Statements.IgnoreAutoIncludes().SingleOrDefaultAsync(s => s.Id == statementId, ct) is { } statement)
        {
            statement.MarkSent(nowUtc);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
