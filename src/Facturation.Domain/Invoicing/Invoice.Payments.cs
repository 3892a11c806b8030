using Facturation.Domain.Common;
using Facturation.Domain.Payments;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// Settlement of an issued document. Two stored amounts drive its status: <see cref="PaidAmount"/> (payments
/// received on an invoice, refunds paid on a credit note) and <see cref="CreditedAmount"/> (credit notes applied
/// to an invoice, or how much of a credit note was applied). What remains is the gross total minus both.
/// </summary>
public sealed partial class Invoice
{
    public decimal PaidAmount { get; private set; }

    public decimal CreditedAmount { get; private set; }

    /// <summary>
    /// Still due on an invoice, or credit still available on a credit note: the gross total minus both amounts,
    /// stored (ADR-022) and kept in step by <see cref="StoreRemaining"/> after every change of either, so lists
    /// filter, sort and sum it in SQL.
    /// </summary>
    public decimal Remaining { get; private set; }

    /// <summary>An issued invoice that can still receive payments or credit.</summary>
    public bool IsOpen => Allows(InvoiceAction.RecordPayment);

    /// <summary>An issued credit note with credit left to apply or refund.</summary>
    public bool HasCreditLeft => Allows(InvoiceAction.ApplyCredit) && Remaining > 0;

    /// <summary>Issued, not fully paid, past its due date.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && Remaining > 0 && DueDate is { } due && due < today;

    /// <summary>Why a payment cannot be recorded on this document, or null.</summary>
    public string? PaymentRefusal =>
        IsOpen ? null : $"{StatusPhrase} : seule une facture émise non soldée reçoit un règlement.";

    internal void ReceivePayment(decimal amount, string label, string field, Actor actor, DateTime nowUtc)
    {
        EnsureSettleable(amount, field, "recevoir un règlement");
        PaidAmount += amount;
        FollowAmounts();
        Record(nowUtc, actor, "payment", $"{label} imputé : {Payment.Format(amount)}.");
    }

    internal void ReceiveCredit(decimal amount, string creditNoteNumber, Actor actor, DateTime nowUtc)
    {
        EnsureSettleable(amount, "Amount", "recevoir un avoir");
        CreditedAmount += amount;
        FollowAmounts();
        Record(nowUtc, actor, "credit_applied", $"Avoir {creditNoteNumber} imputé : {Payment.Format(amount)}.");
    }

    internal void UseCredit(decimal amount, string invoiceNumber, Actor actor, DateTime nowUtc)
    {
        EnsureCreditLeft(amount, "utilisé");
        CreditedAmount += amount;
        FollowAmounts();
        Record(nowUtc, actor, "credit_used", $"{Payment.Format(amount)} imputés sur la facture {invoiceNumber}.");
    }

    internal void Refund(decimal amount, string label, Actor actor, DateTime nowUtc)
    {
        EnsureCreditLeft(amount, "remboursé");
        PaidAmount += amount;
        FollowAmounts();
        Record(nowUtc, actor, "refund", $"{label} enregistré.");
    }

    internal void ReversePayment(decimal amount, string label, string reason, Actor actor, DateTime nowUtc)
    {
        EnsureSettlementUndoable("payment.reverse_status", "ses règlements");
        PaidAmount -= amount;
        FollowAmounts();
        Record(nowUtc, actor, "payment_voided", $"{label} annulé ({Payment.Format(amount)}) : {reason}");
    }

    /// <summary>Undoes a credit application on either side: the invoice owes the amount again, the credit note has it to use again.</summary>
    internal void ReverseCredit(decimal amount, string otherNumber, string reason, Actor actor, DateTime nowUtc)
    {
        EnsureSettlementUndoable("credit.reverse_status", "ses imputations d'avoir");
        CreditedAmount -= amount;
        FollowAmounts();
        var what = Kind == InvoiceKind.CreditNote ? $"Imputation sur la facture {otherNumber}" : $"Imputation de l'avoir {otherNumber}";
        Record(nowUtc, actor, "credit_reversed", $"{what} annulée ({Payment.Format(amount)}) : {reason}");
    }

    /// <summary>Why a payment incident cannot be recorded, or null: only a paid invoice has one.</summary>
    public string? DisputeRefusal =>
        Allows(InvoiceAction.Dispute) ? null : $"{StatusPhrase} : seule une facture payée peut recevoir un incident de paiement.";

    /// <summary>Why no credit can be applied or refunded from this document, or null.</summary>
    public string? CreditUseRefusal =>
        HasCreditLeft ? null : $"{StatusPhrase} : seul un avoir émis avec un crédit restant peut être imputé ou remboursé.";

    /// <summary>Payment incident on a paid invoice (bounced cheque, chargeback…).</summary>
    public void MarkDisputed(string? reason, Actor actor, DateTime nowUtc)
    {
        if (DisputeRefusal is { } refusal)
        {
            throw DomainException.Conflict("invoice.dispute_status", refusal);
        }

        var why = Require.Text(reason, "Reason", "Le motif", 500);
        Status = InvoiceStatus.Disputed;
        Record(nowUtc, actor, "disputed", $"Incident de paiement : {why}");
    }

    public void ResolveDispute(Actor actor, DateTime nowUtc)
    {
        if (!Allows(InvoiceAction.ResolveDispute))
        {
            throw DomainException.Conflict("invoice.not_disputed", $"{StatusPhrase} : {Pronoun} n'a pas d'incident de paiement.");
        }

        Status = InvoiceStatus.Paid;
        Record(nowUtc, actor, "dispute_resolved", "Incident de paiement levé.");
    }

    /// <summary>A cancelled, abandoned or draft document keeps its settlements as they are.</summary>
    private void EnsureSettlementUndoable(string code, string what)
    {
        if (!Allows(InvoiceAction.UndoSettlement))
        {
            throw DomainException.Conflict(code, $"{StatusPhrase} : {what} ne peuvent plus être annulés.");
        }
    }

    private void EnsureSettleable(decimal amount, string field, string verb)
    {
        if (!IsOpen)
        {
            throw DomainException.Conflict(
                "invoice.not_open",
                $"{StatusPhrase} : {Pronoun} ne peut pas {verb} (seule une facture émise non soldée le peut).");
        }

        EnsureAmount(amount, field);
        if (amount > Remaining)
        {
            throw new DomainException("invoice.over_allocation", $"{Payment.Format(amount)} dépasse le reste dû de la facture {DisplayNumber} ({Payment.Format(Remaining)}).", field);
        }
    }

    private void EnsureCreditLeft(decimal amount, string verb)
    {
        if (!Allows(InvoiceAction.ApplyCredit))
        {
            throw DomainException.Conflict("credit_note.not_available", $"{StatusPhrase} : seul un avoir émis non soldé peut être {verb}.");
        }

        EnsureAmount(amount, "Amount");
        if (amount > Remaining)
        {
            throw new DomainException("credit_note.over_use", $"{Payment.Format(amount)} dépasse le crédit restant de l'avoir {DisplayNumber} ({Payment.Format(Remaining)}).", "Amount");
        }
    }

    private static void EnsureAmount(decimal amount, string field)
    {
        if (amount <= 0)
        {
            throw new DomainException("amount.positive", "Le montant doit être supérieur à zéro.", field);
        }

        if (Money.Round(amount) != amount)
        {
            throw new DomainException("amount.scale", "Le montant a au plus 2 décimales.", field);
        }
    }

    /// <summary>The status follows the amounts: nothing settled → Final/Sent, part → PartiallyPaid, all → Paid (Used/Refunded for a credit note).</summary>
    private void FollowAmounts()
    {
        StoreRemaining();
        var unsettled = SentAtUtc is null ? InvoiceStatus.Final : InvoiceStatus.Sent;
        Status = (Kind, Remaining) switch
        {
            (InvoiceKind.CreditNote, <= 0) => PaidAmount > 0 ? InvoiceStatus.Refunded : InvoiceStatus.Used,
            (InvoiceKind.CreditNote, _) => unsettled,
            (_, <= 0) => InvoiceStatus.Paid,
            _ => PaidAmount + CreditedAmount > 0 ? InvoiceStatus.PartiallyPaid : unsettled,
        };
    }

    private void StoreRemaining() => Remaining = TotalGross - PaidAmount - CreditedAmount;
}
