using System.Globalization;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Mail;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Statements;

/// <summary>
/// E-mails a statement to the customer's billing contact (else the customer's address) through the outbox, like
/// an invoice: the request only queues the message; the worker attaches the archived PDF when it sends.
/// </summary>
public sealed class StatementMailService(FacturationDb db, MailSettingsService settings, IBusinessClock clock)
{
    /// <summary>The e-mails of a statement, newest first (status, attempts, last error).</summary>
    public async Task<IReadOnlyList<OutboxMessage>> EmailsAsync(int statementId, CancellationToken ct) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.StatementId == statementId).OrderByDescending(m => m.Id).ToListAsync(ct);

    public async Task<OutboxMessage> RequestAsync(int statementId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var statement = await db.Statements.AsNoTracking().IgnoreAutoIncludes().SingleOrDefaultAsync(s => s.Id == statementId, ct)
            ?? throw DomainException.NotFound("statement", "Relevé", statementId);
        var customer = await db.Customers.AsNoTracking().Include(c => c.Contacts).SingleAsync(c => c.Id == statement.CustomerId, ct);
        var to = customer.Contacts.FirstOrDefault(c => c.IsBillingContact)?.Email ?? customer.Email
            ?? throw DomainException.Conflict("statement.no_recipient", $"Le client {customer.Name} n'a pas d'adresse e-mail de facturation : renseignez-la sur sa fiche.");
        var account = await settings.AccountAsync(ct);
        if (account.SenderAddress is null)
        {
            throw DomainException.Conflict("mail.no_sender", account.Problem ?? "Aucune adresse d'expéditeur n'est configurée.");
        }

        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.LegalName).FirstOrDefaultAsync(ct) ?? string.Empty;
        var remaining = statement.Remaining.ToString("#,##0.00", CultureInfo.GetCultureInfo("fr-FR"));
        var body = $"""
            Bonjour,

            Veuillez trouver ci-joint notre relevé de factures {statement.Number} du {statement.IssueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}, pour un total dû de {remaining}.

            Cordialement,
            {company}
            """;
        var envelope = new MailEnvelope(account.SenderAddress, account.SenderName, account.ReplyTo, [to], [], $"Relevé de factures {statement.Number} – {company}", body.ReplaceLineEndings("\n"));
        var message = OutboxMessage.ForStatement(statement.Id, envelope, actor, clock.UtcNow);
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync(ct);
        return message;
    }
}
