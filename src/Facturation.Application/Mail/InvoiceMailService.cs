using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Mail;

/// <summary>
/// Emailing a document: the send screen's defaults (billing contact, CC contacts, templates) and the request,
/// which only queues the message in the outbox, in the same transaction as the history entry.
/// </summary>
public sealed class InvoiceMailService(FacturationDb db, MailSettingsService settings, IBusinessClock clock)
{
    // The same rules as the send screen's automatic validation; the API and other callers pass here too.
    private static readonly SendInvoiceInputValidator Validator = new();

    /// <summary>What the send screen shows first: To = billing contact, CC = contacts flagged for invoice emails.</summary>
    public async Task<SendInvoiceInput> DefaultsAsync(int invoiceId, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct)
            ?? throw DomainException.NotFound("invoice", "Document", invoiceId);
        var customer = await db.Customers.AsNoTracking().Include(c => c.Contacts).SingleAsync(c => c.Id == invoice.CustomerId, ct);
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.LegalName).FirstOrDefaultAsync(ct) ?? string.Empty;
        var templates = await settings.GetAsync(ct);
        var billing = customer.Contacts.FirstOrDefault(c => c.Id == invoice.BillingContactId)
            ?? customer.Contacts.FirstOrDefault(c => c.IsBillingContact);
        var to = billing?.Email ?? customer.Email;
        return new SendInvoiceInput
        {
            To = to is null ? [] : [to],
            Cc = customer.Contacts.Where(c => c.CcOnInvoiceEmails && c.Email is not null && c.Email != to).Select(c => c.Email!).ToList(),
            Subject = MailTemplate.Render(templates.SubjectTemplate, invoice, company, customer.Name, clock.Today),
            Body = MailTemplate.Render(templates.BodyTemplate, invoice, company, customer.Name, clock.Today),
        };
    }

    /// <summary>How long after a send the send screen asks to confirm another one.</summary>
    public static readonly TimeSpan ResendConfirmationWindow = TimeSpan.FromMinutes(10);

    /// <summary>The last send request of the document within <see cref="ResendConfirmationWindow"/>, or null.</summary>
    public async Task<RecentSending?> RecentSendingAsync(int invoiceId, CancellationToken ct)
    {
        var since = clock.UtcNow - ResendConfirmationWindow;
        var last = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.InvoiceId == invoiceId && m.CreatedAtUtc >= since)
            .OrderByDescending(m => m.CreatedAtUtc)
            .Select(m => new { m.To, m.Cc, m.CreatedAtUtc })
            .FirstOrDefaultAsync(ct);
        return last is null
            ? null
            : new RecentSending(
                string.Join(", ", EmailAddresses.Split([last.To, last.Cc])),
                (int)(clock.UtcNow - last.CreatedAtUtc).TotalMinutes);
    }

    /// <summary>
    /// The send screen's request: a document already sent within the last 10 minutes is sent again only with the
    /// explicit confirmation (a double click or a second tab must not e-mail the customer twice).
    /// </summary>
    public async Task<OutboxMessage> RequestFromScreenAsync(int invoiceId, SendInvoiceInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.ConfirmResend && await RecentSendingAsync(invoiceId, ct) is { } recent)
        {
            throw new DomainException("mail.recently_sent", recent.Question, nameof(SendInvoiceInput.ConfirmResend));
        }

        return await RequestAsync(invoiceId, input, actor, ct);
    }

    /// <summary>Queues the email (delivered later by the outbox worker) and records the request in the document's history.</summary>
    public async Task<OutboxMessage> RequestAsync(int invoiceId, SendInvoiceInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if ((await Validator.ValidateAsync(input, ct)).Errors is [var error, ..])
        {
            throw new DomainException("mail.invalid", error.ErrorMessage, error.PropertyName);
        }

        var account = await settings.AccountAsync(ct);
        if (account.SenderAddress is null)
        {
            throw DomainException.Conflict("mail.no_sender", account.Problem ?? "Aucune adresse d'expéditeur n'est configurée.");
        }

        var to = EmailAddresses.Split(input.To);
        var cc = EmailAddresses.Split(input.Cc).Except(to, StringComparer.OrdinalIgnoreCase).ToList();
        var now = clock.UtcNow;
        // Joins the caller's transaction when there is one (a recurring invoice issued and sent in one occurrence).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, ct) ?? throw DomainException.NotFound("invoice", "Document", invoiceId);
        invoice.RequestSending([.. to, .. cc], actor, now);
        var envelope = new MailEnvelope(account.SenderAddress, account.SenderName, account.ReplyTo, to, cc, input.Subject!.Trim(), input.Body!.ReplaceLineEndings("\n"));
        var message = OutboxMessage.ForInvoice(invoiceId, envelope, actor, now);
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return message;
    }
}
