using Facturation.Application.Documents;
using Facturation.Application.Mail;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Reminders;

/// <summary>
/// One reminder sent for an invoice at one level. The unique index on (InvoiceId, Level) is what makes sending
/// safe under concurrency: the row is inserted in the same transaction as the outbox message, so two senders
/// racing on the same invoice and level cannot both commit (ADR-020).
/// </summary>
public sealed class PaymentReminder
{
    private PaymentReminder()
    {
    }

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public int Level { get; private set; }

    public string LevelName { get; private set; } = string.Empty;

    public DateTime SentAtUtc { get; private set; }

    public int DaysLate { get; private set; }

    public decimal Remaining { get; private set; }

    public decimal Penalty { get; private set; }

    public decimal RecoveryIndemnity { get; private set; }

    public string Recipients { get; private set; } = string.Empty;

    public int? OutboxMessageId { get; private set; }

    public OutboxMessage? Message { get; private set; }

    public string SentById { get; private set; } = string.Empty;

    public string SentByName { get; private set; } = string.Empty;

    /// <summary>The PDF letter sent with the e-mail when the level asks for one: stored, so a retry or a download gives the same bytes.</summary>
    public byte[]? LetterPdf { get; private set; }

    public static string LetterFileNameFor(int level, string invoiceNumber) => InvoicePdf.FileNameFor($"Relance-{level}-{invoiceNumber}");

    public void AttachLetter(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        LetterPdf = pdf;
    }

    public static PaymentReminder For(Invoice invoice, ReminderLetter letter, OutboxMessage message, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(actor);
        return new PaymentReminder
        {
            InvoiceId = invoice.Id,
            Level = letter.Level.Level,
            LevelName = letter.Level.Name,
            SentAtUtc = nowUtc,
            DaysLate = letter.DaysLate,
            Remaining = invoice.Remaining,
            Penalty = letter.Penalty,
            RecoveryIndemnity = letter.RecoveryIndemnity,
            Recipients = string.Join(", ", [.. message.ToList, .. message.CcList]),
            Message = message,
            SentById = actor.UserId,
            SentByName = actor.UserName,
        };
    }
}
