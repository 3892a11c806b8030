using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Payments;

/// <summary>Part of an issued credit note used to settle an open invoice of the same customer.</summary>
public sealed class CreditApplication
{
    private CreditApplication()
    {
    }

    public int Id { get; private set; }

    public int CreditNoteId { get; private set; }

    public int InvoiceId { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly Date { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }

    public DateTime? ReversedAtUtc { get; private set; }

    public string? ReversedById { get; private set; }

    public string? ReversedByName { get; private set; }

    public string? ReversalReason { get; private set; }

    public bool IsReversed => ReversedAtUtc is not null;

    /// <summary>Moves <paramref name="amount"/> of the credit note's remaining credit onto the invoice; both check their own rules.</summary>
    public static CreditApplication Apply(Invoice creditNote, Invoice invoice, decimal amount, DateOnly date, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(creditNote);
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(actor);
        if (creditNote.CustomerId != invoice.CustomerId)
        {
            throw new Common.DomainException("credit.customer", "L'avoir et la facture doivent concerner le même client.", "InvoiceId");
        }

        creditNote.UseCredit(amount, invoice.DisplayNumber, actor, nowUtc);
        invoice.ReceiveCredit(amount, creditNote.DisplayNumber, actor, nowUtc);
        return new CreditApplication
        {
            CreditNoteId = creditNote.Id,
            InvoiceId = invoice.Id,
            Amount = amount,
            Date = date,
            UserName = actor.UserName,
            AtUtc = nowUtc,
        };
    }

    /// <summary>
    /// Undoes the application with a recorded reversal (never a deletion): the invoice owes the amount again and the
    /// credit note has it to use again, both recording why; reversing twice is refused.
    /// </summary>
    public void Reverse(Invoice creditNote, Invoice invoice, string? reason, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(creditNote);
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(actor);
        if (IsReversed)
        {
            throw Common.DomainException.Conflict("credit.already_reversed", $"Cette imputation a déjà été annulée par {ReversedByName} : {ReversalReason}");
        }

        var why = Common.Require.Text(reason, "Reason", "Le motif d'annulation", 500);
        invoice.ReverseCredit(Amount, creditNote.DisplayNumber, why, actor, nowUtc);
        creditNote.ReverseCredit(Amount, invoice.DisplayNumber, why, actor, nowUtc);
        (ReversedAtUtc, ReversedById, ReversedByName, ReversalReason) = (nowUtc, actor.UserId, actor.UserName, why);
    }
}
