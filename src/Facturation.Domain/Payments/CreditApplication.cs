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
}
