using System.Text.Json.Nodes;
using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Corrections;
using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Application.Mail;
using Facturation.Documents.Ledgers;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Reminders;

/// <summary>
/// Payment reminders (ADR-020): what is due today by the company clock, and sending a selection. Each invoice is
/// sent in its own transaction: the <see cref="PaymentReminder"/> row (unique per invoice and level), the outbox
/// message to the billing and CC contacts, the history entry and the audit entry commit together or not at all.
/// </summary>
public sealed class ReminderService(
    FacturationDb db,
    InvoiceMailService mail,
    MailSettingsService mailSettings,
    CorrectionService corrections,
    AuditJournal journal,
    IBusinessClock clock)
{
    public async Task<IReadOnlyList<ReminderLevel>> LevelsAsync(CancellationToken ct) =>
        await db.ReminderLevels.AsNoTracking().OrderBy(l => l.Level).ToListAsync(ct);

    /// <summary>Overdue invoices that get a reminder today, oldest due date first.</summary>
    public async Task<IReadOnlyList<ReminderDueItem>> DueAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var levels = await LevelsAsync(ct);
        if (levels.Count == 0)
        {
            return [];
        }

        var firstDelay = levels.Min(l => l.DaysAfterDue);
        var latestDue = today.AddDays(-firstDelay);
        var candidates = await (
            from invoice in db.Invoices.AsNoTracking()
            join customer in db.Customers.AsNoTracking() on invoice.CustomerId equals customer.Id
            where invoice.Kind == InvoiceKind.Invoice
                && (invoice.Status == InvoiceStatus.Final || invoice.Status == InvoiceStatus.Sent || invoice.Status == InvoiceStatus.PartiallyPaid)
                && invoice.DueDate <= latestDue
                && invoice.LitigationReason == null
                && !customer.RemindersOptOut
            orderby invoice.DueDate, invoice.Id
            select new { invoice, customer.Name }).ToListAsync(ct);
        return candidates
            .Select(c => (c.invoice, c.Name, Decision: ReminderPolicy.Decide(c.invoice, false, levels, today)))
            .Where(c => c.Decision.IsDue)
            .Select(c => new ReminderDueItem(
                c.invoice.Id, c.invoice.DisplayNumber, c.invoice.CustomerId, c.Name, c.invoice.DueDate!.Value, c.Decision.DaysLate,
                c.invoice.Remaining, c.invoice.Currency.ToString(), c.Decision.Level!.Level, c.Decision.Level.Name,
                c.invoice.LastReminderLevel, c.invoice.LastReminderAtUtc))
            .ToList();
    }

    /// <summary>Sends the due reminder of each invoice, in the order given; an invoice listed twice is handled once.</summary>
    public async Task<IReadOnlyList<ReminderOutcome>> SendAsync(IReadOnlyCollection<int> invoiceIds, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoiceIds);
        ArgumentNullException.ThrowIfNull(actor);
        var account = await mailSettings.AccountAsync(ct);
        if (account.SenderAddress is null)
        {
            throw DomainException.Conflict("mail.no_sender", account.Problem ?? "Aucune adresse d'expéditeur n'est configurée.");
        }

        var levels = await LevelsAsync(ct);
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstAsync(ct);
        var outcomes = new List<ReminderOutcome>(invoiceIds.Count);
        foreach (var invoiceId in invoiceIds.Distinct())
        {
            var outcome = await SendOneAsync(invoiceId, levels, company, account, actor, ct);
            if (outcome.Sent && company.Reminders.PenaltyInvoiceAtLastLevel && outcome.Level == levels[^1].Level)
            {
                outcome = await WithPenaltyInvoiceAsync(outcome, actor, ct);
            }

            outcomes.Add(outcome);
        }

        return outcomes;
    }

    /// <summary>The reminders sent for one invoice, newest first, with the state of their e-mail.</summary>
    public async Task<IReadOnlyList<PaymentReminder>> HistoryAsync(int invoiceId, CancellationToken ct) =>
        await db.PaymentReminders.AsNoTracking().Include(r => r.Message)
            .Where(r => r.InvoiceId == invoiceId).OrderByDescending(r => r.Level).ToListAsync(ct);

    /// <summary>The PDF letter sent with a reminder, as stored (preview and download from the document page).</summary>
    public async Task<InvoicePdf> LetterAsync(int reminderId, CancellationToken ct) =>
        await ReminderLetterFiles.FindAsync(db, r => r.Id == reminderId, ct)
            ?? throw DomainException.NotFound("reminder_letter", "Lettre de relance", reminderId);

    private async Task<ReminderOutcome> SendOneAsync(
        int invoiceId, IReadOnlyList<ReminderLevel> levels, Domain.Companies.Company company, SmtpAccount account, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (invoice is null)
        {
            return ReminderOutcome.Skipped(invoiceId, null, ReminderSkip.NotFound, $"Le document {invoiceId} n'existe pas.");
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == invoice.CustomerId, ct);
        var decision = ReminderPolicy.Decide(invoice, customer.RemindersOptOut, levels, clock.Today);
        if (decision.Level is not { } level)
        {
            return ReminderOutcome.Skipped(invoiceId, invoice.DisplayNumber, decision.Skip!.Value, decision.Reason!);
        }

        var recipients = await mail.DefaultsAsync(invoiceId, ct);
        var to = EmailAddresses.Split(recipients.To);
        if (to.Count == 0)
        {
            return ReminderOutcome.Skipped(invoiceId, invoice.DisplayNumber, ReminderSkip.NoRecipient, $"Le client {customer.Name} n'a ni contact de facturation ni e-mail : la facture {invoice.DisplayNumber} ne peut pas être relancée.");
        }

        var cc = EmailAddresses.Split(recipients.Cc).Except(to, StringComparer.OrdinalIgnoreCase).ToList();
        var letter = ReminderLetter.Compose(level, invoice, customer.Name, customer.OwesRecoveryIndemnity, company.LegalName, company.LatePaymentPenaltyRate, clock.Today);
        var message = OutboxMessage.ForInvoice(invoiceId, new MailEnvelope(account.SenderAddress!, account.SenderName, account.ReplyTo, to, cc, letter.Subject, letter.Body), actor, now);
        var reminder = PaymentReminder.For(invoice, letter, message, actor, now);
        if (level.AttachLetter)
        {
            // The formal notice is the last level: its letter states the penalty and, for French businesses, the indemnity.
            var formalNotice = level.Level == levels[^1].Level;
            reminder.AttachLetter(LedgerPdfRenderer.Render(ReminderLetterLedger.Of(letter, invoice, company, customer, formalNotice, clock.Today)));
        }

        invoice.RecordReminder(level.Level, level.Name, [.. to, .. cc], actor, now);
        db.OutboxMessages.Add(message);
        db.PaymentReminders.Add(reminder);
        await journal.AppendAsync(AuditEvents.ReminderSent, actor, invoice.DisplayNumber, Payload(invoice, reminder), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another sender committed the same level first: the unique (InvoiceId, Level) row refused ours.
            if (!await LevelAlreadySentAsync(invoiceId, level.Level, ct))
            {
                throw;
            }

            return ReminderOutcome.Skipped(invoiceId, invoice.DisplayNumber, ReminderSkip.AlreadySent, $"La relance « {level.Name} » de la facture {invoice.DisplayNumber} a déjà été envoyée.");
        }

        await transaction.CommitAsync(ct);
        return new ReminderOutcome(invoiceId, invoice.DisplayNumber, level.Level, level.Name, message.Id, null, null);
    }

    /// <summary>Checked after rolling the failed transaction back (PostgreSQL aborts it on the violation).</summary>
    private async Task<bool> LevelAlreadySentAsync(int invoiceId, int level, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (db.Database.CurrentTransaction is { } failed)
        {
            await failed.RollbackAsync(ct);
        }

        return await db.PaymentReminders.AnyAsync(r => r.InvoiceId == invoiceId && r.Level == level, ct);
    }

    /// <summary>The optional penalty draft at the last level; a refusal (e.g. a zero penalty) does not undo the reminder.</summary>
    private async Task<ReminderOutcome> WithPenaltyInvoiceAsync(ReminderOutcome outcome, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        try
        {
            var penalty = await corrections.CreatePenaltyAsync(outcome.InvoiceId, actor, ct);
            return outcome with { PenaltyInvoiceId = penalty.Id };
        }
        catch (DomainException refused)
        {
            return outcome with { PenaltyRefusal = refused.Message };
        }
    }

    private static JsonObject Payload(Invoice invoice, PaymentReminder reminder)
    {
        var payload = new JsonObject
        {
            ["invoiceId"] = invoice.Id,
            ["number"] = invoice.DisplayNumber,
            ["level"] = reminder.Level,
            ["levelName"] = reminder.LevelName,
            ["daysLate"] = reminder.DaysLate,
            ["remaining"] = reminder.Remaining,
            ["penalty"] = reminder.Penalty,
            ["recoveryIndemnity"] = reminder.RecoveryIndemnity,
            ["recipients"] = reminder.Recipients,
            ["sentAtUtc"] = CanonicalJson.Time(reminder.SentAtUtc),
        };
        if (reminder.LetterPdf is { } letter)
        {
            // The letter sent with the e-mail, identified like an archive (the stored bytes must hash to this).
            payload["letterSha256"] = InvoiceArchive.Hash(letter);
        }

        return payload;
    }
}
