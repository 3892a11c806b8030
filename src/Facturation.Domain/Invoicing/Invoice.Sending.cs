using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>Emailing a document: the request (queued in the outbox) and the delivery that marks it sent.</summary>
public sealed partial class Invoice
{
    /// <summary>When a draft was last emailed as a proforma; it stays an editable draft ("Proforma envoyée").</summary>
    public DateTime? ProformaSentAtUtc { get; private set; }

    /// <summary>Whether the document may be emailed now, and why not: a cancelled or abandoned document is not sent.</summary>
    public string? SendingRefusal => Allows(InvoiceAction.Send)
        ? null
        : $"{StatusPhrase} : {Pronoun} ne peut plus être {InvoiceLifecycle.Agreed(Kind, "envoyé")}.";

    /// <summary>Records that an email was asked for; the message itself is queued in the same transaction.</summary>
    public void RequestSending(IReadOnlyCollection<string> recipients, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(actor);
        if (SendingRefusal is { } refusal)
        {
            throw DomainException.Conflict("invoice.not_sendable", refusal);
        }

        Record(nowUtc, actor, "send_requested", $"Envoi demandé à {string.Join(", ", recipients)}.");
    }

    /// <summary>
    /// The SMTP server accepted the email: a final document becomes Sent, a draft shows as an emailed proforma,
    /// a document already sent or paid keeps its status. The date and the recipients go to the history.
    /// </summary>
    public void MarkSent(IReadOnlyCollection<string> recipients, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(actor);
        var to = string.Join(", ", recipients);
        if (IsDraft)
        {
            ProformaSentAtUtc = nowUtc;
            Record(nowUtc, actor, "proforma_sent", $"Proforma {ProformaNumber} envoyée par e-mail à {to}.");
            return;
        }

        if (Status == InvoiceStatus.Final)
        {
            Status = InvoiceStatus.Sent;
        }

        SentAtUtc ??= nowUtc;
        Record(nowUtc, actor, "sent", $"{KindLabel} {DisplayNumber} {InvoiceLifecycle.Agreed(Kind, "envoyé")} par e-mail à {to}.");
    }
}
