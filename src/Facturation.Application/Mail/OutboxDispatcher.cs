using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Application.Reminders;
using Facturation.Application.Statements;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Facturation.Application.Mail;

/// <summary>
/// One pass of the outbox: claim a batch with a lease (one atomic UPDATE, so two instances never hold the same
/// row), send each message over one SMTP connection, then mark it sent together with its invoice, or record
/// the error and schedule the next attempt.
/// </summary>
public sealed class OutboxDispatcher(
    FacturationDb db,
    MailSettingsService settings,
    IInvoicePdfSource pdfs,
    IOptionsMonitor<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    DeliveredMessageRecorder delivered,
    StatementService statements)
{
    /// <summary>Delivers what is due; returns how many messages were claimed (0 when the outbox is idle).</summary>
    public async Task<int> RunOnceAsync(string workerId, CancellationToken ct)
    {
        var claimed = await ClaimAsync(workerId, ct);
        if (claimed.Count == 0)
        {
            return 0;
        }

        SmtpAccount? account = null;
        SmtpClient? client = null;
        try
        {
            foreach (var message in claimed)
            {
                try
                {
                    var attachment = message.InvoiceId is { } invoiceId ? await pdfs.GetAsync(invoiceId, ct)
                        : message.StatementId is { } statementId ? await statements.PdfAsync(statementId, ct) : null;
                    var mime = SmtpMailer.Build(message, attachment, message.InvoiceId is null ? null : await ReminderLetterFiles.FindAsync(db, r => r.OutboxMessageId == message.Id, ct));
                    // Resolved inside the try: an unreadable setting (e.g. a password protected with lost keys) is recorded as the attempt's error.
                    account ??= await settings.AccountAsync(ct);
                    client ??= await SmtpMailer.ConnectAsync(account, ct);
                    await client.SendAsync(mime, ct);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // Whatever went wrong (server down, refused recipient, missing document) is recorded on the row.
                    logger.LogWarning(error, "Outbox message {Id} ({MessageId}) not delivered", message.Id, message.MessageId);
                    message.RecordFailure(SmtpErrorText.Of(error), Now, options.CurrentValue);
                    await db.SaveChangesAsync(ct);
                    if (client is { IsConnected: false })
                    {
                        client.Dispose();
                        client = null;
                    }

                    continue;
                }

                await MarkSentAsync(message, ct);
            }
        }
        finally
        {
            if (client is not null)
            {
                await DisconnectQuietlyAsync(client);
            }
        }

        return claimed.Count;
    }

    /// <summary>
    /// Takes up to a batch of due messages: pending ones whose time has come, and ones whose worker's lease
    /// expired (it crashed). The WHERE clause is evaluated row by row under the database's write lock, so a row
    /// claimed by another worker in between is skipped; the run's unique lease owner then reads back its rows.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(string workerId, CancellationToken ct)
    {
        var now = Now;
        var settings = options.CurrentValue;
        var owner = $"{workerId}/{Guid.NewGuid():N}";
        var leaseEnd = now + settings.LeaseDuration;
        var due = db.OutboxMessages.Where(m =>
            (m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now) || (m.Status == OutboxStatus.Sending && m.LeaseExpiresAtUtc < now));
        var batch = due.OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id).Select(m => m.Id).Take(settings.BatchSize);
        var count = await due.Where(m => batch.Contains(m.Id)).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.LeaseOwner, owner)
                .SetProperty(m => m.LeaseExpiresAtUtc, leaseEnd)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1),
            ct);
        return count == 0 ? [] : await db.OutboxMessages.Where(m => m.LeaseOwner == owner && m.Status == OutboxStatus.Sending).OrderBy(m => m.Id).ToListAsync(ct);
    }

    /// <summary>
    /// The server accepted the message: mark it sent and update its document in one transaction. A crash before
    /// this commit leaves the row claimed; once the lease expires it is sent again with the same Message-Id
    /// (at-least-once in that window, see ADR-008).
    /// </summary>
    private Task MarkSentAsync(OutboxMessage message, CancellationToken ct) => delivered.RecordAsync(message, Now, ct);

    private async Task DisconnectQuietlyAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(true, CancellationToken.None);
            }
        }
        catch (Exception error) when (error is IOException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
        {
            logger.LogDebug(error, "SMTP disconnect failed");
        }
        finally
        {
            client.Dispose();
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
