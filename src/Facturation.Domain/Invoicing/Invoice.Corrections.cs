using System.Globalization;
using Facturation.Domain.Common;
using Facturation.Domain.Payments;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// Correcting an issued document: credit notes (corrective, return), cancellation by a counterpart document,
/// replacement of an unpaid invoice, late-payment penalty. A credit note's lines carry positive quantities and
/// amounts: its kind makes it a credit (ADR-009). The corrected document is the credit note's
/// <see cref="OriginInvoiceId"/>.
/// </summary>
public sealed partial class Invoice
{
    /// <summary>French fixed indemnity for recovery costs owed by a business customer paying late (Code de commerce L441-10, D441-5).</summary>
    public const decimal RecoveryIndemnity = 40m;

    /// <summary>The document that cancelled this one (a Cancellation credit note, or a Cancellation invoice for a credit note).</summary>
    public int? CancelledById { get; private set; }

    /// <summary>The replacement invoice created when this one was abandoned.</summary>
    public int? ReplacedById { get; private set; }

    /// <summary>Why the document was cancelled or abandoned.</summary>
    public string? ClosingReason { get; private set; }

    /// <summary>Why this document cannot be corrected by a credit note, or null.</summary>
    public string? CreditNoteRefusal =>
        Allows(InvoiceAction.CreateCreditNote) ? null : $"{StatusPhrase} : seule une facture émise, ni annulée ni abandonnée, reçoit un avoir.";

    /// <summary>Why this document cannot be cancelled, or null.</summary>
    public string? CancellationRefusal => Status switch
    {
        _ when Allows(InvoiceAction.Cancel) && PaidAmount + CreditedAmount == 0 => null,
        _ when Allows(InvoiceAction.Cancel) =>
            $"{StatusPhrase} mais déjà {InvoiceLifecycle.Agreed(Kind, "réglé")} ou {InvoiceLifecycle.Agreed(Kind, "imputé")} en partie : {Pronoun} ne peut plus être {InvoiceLifecycle.Agreed(Kind, "annulé")}.",
        InvoiceStatus.Cancelled => $"{StatusPhrase} : un document ne s'annule qu'une fois.",
        InvoiceStatus.PartiallyPaid or InvoiceStatus.Paid or InvoiceStatus.Disputed =>
            $"{StatusPhrase} : une facture payée ne peut pas être annulée, établissez un avoir puis remboursez.",
        _ => $"{StatusPhrase} : seul un document émis et non réglé peut être annulé.",
    };

    /// <summary>Why this invoice cannot be replaced, or null.</summary>
    public string? ReplacementRefusal =>
        Allows(InvoiceAction.Replace) && PaidAmount + CreditedAmount == 0
            ? null
            : $"{StatusPhrase} : seule une facture émise et non réglée peut être remplacée.";

    /// <summary>Why no penalty invoice can be drawn from this document today, or null.</summary>
    public string? PenaltyRefusal(DateOnly today) =>
        Allows(InvoiceAction.Penalty) && IsOverdue(today) ? null : $"{InvoiceLifecycle.Subject(Kind, DisplayNumber)} ({InvoiceLifecycle.Label(Kind, Status).ToLowerInvariant()}) n'est pas en retard de paiement : pas de pénalité.";

    /// <summary>
    /// A draft credit note correcting this invoice: every line (total), chosen lines and quantities (partial, or
    /// goods returned), or a net amount when the invoice has a single tax code.
    /// </summary>
    public Invoice CreateCreditNote(InvoiceType type, IReadOnlyList<(int Position, decimal Quantity)>? lines, decimal? amount, string proformaNumber, Actor actor, DateTime nowUtc)
    {
        if (CreditNoteRefusal is { } refusal)
        {
            throw DomainException.Conflict("invoice.credit_note_status", refusal);
        }

        if (type is not (InvoiceType.Corrective or InvoiceType.Return))
        {
            throw new DomainException("credit_note.type", "Un avoir sur facture est correctif ou de retour.", nameof(Type));
        }

        if (lines is { Count: > 0 } && amount is not null)
        {
            throw new DomainException("credit_note.lines_or_amount", "Choisissez des lignes ou un montant, pas les deux.", "Amount");
        }

        if (type == InvoiceType.Return && lines is not { Count: > 0 })
        {
            throw new DomainException("credit_note.return_lines", "Un avoir de retour reprend des lignes : indiquez les quantités retournées.", nameof(Lines));
        }

        var details = lines is { Count: > 0 } ? ChosenLines(lines)
            : amount is { } net ? [AmountLine(net)]
            : _lines.OrderBy(l => l.Position).Select(l => l.ToDetails()).ToList();
        var note = $"Avoir sur la facture {DisplayNumber} du {IssueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.";
        var creditNote = CreateDraft(InvoiceKind.CreditNote, type, CorrectionHeader(note), details, proformaNumber, actor, nowUtc);
        creditNote.OriginInvoiceId = Id;
        return creditNote;
    }

    /// <summary>A credit note never credits more than its invoice, counting the credit notes already issued on it.</summary>
    public void EnsureWithinCorrected(Invoice corrected, decimal alreadyCredited, string? field)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        var left = corrected.TotalGross - alreadyCredited;
        if (Kind == InvoiceKind.CreditNote && TotalGross > left)
        {
            throw new DomainException(
                "credit_note.exceeds_invoice",
                $"L'avoir ({Payment.Format(TotalGross)} TTC) dépasse ce qui reste à créditer sur la facture {corrected.DisplayNumber} ({Payment.Format(Math.Max(0, left))} TTC).",
                field);
        }
    }

    /// <summary>
    /// Starts cancelling this issued, unsettled document: returns the counterpart draft (a Cancellation credit note
    /// for an invoice, a Cancellation invoice for a credit note) with the same lines. The caller finalizes it and
    /// calls <see cref="CompleteCancellation"/> in the same transaction.
    /// </summary>
    public Invoice StartCancellation(string? reason, string proformaNumber, Actor actor, DateTime nowUtc)
    {
        if (CancellationRefusal is { } refusal)
        {
            throw DomainException.Conflict("invoice.cancel_status", refusal);
        }

        ClosingReason = Require.Text(reason, "Reason", "Le motif d'annulation", 500);
        var kind = Kind == InvoiceKind.Invoice ? InvoiceKind.CreditNote : InvoiceKind.Invoice;
        var note = $"Annulation de {(Kind == InvoiceKind.Invoice ? "la facture" : "l'avoir")} {DisplayNumber} : {ClosingReason}";
        var counterpart = CreateDraft(kind, InvoiceType.Cancellation, CorrectionHeader(note), _lines.OrderBy(l => l.Position).Select(l => l.ToDetails()), proformaNumber, actor, nowUtc);
        counterpart.OriginInvoiceId = Id;
        return counterpart;
    }

    /// <summary>Both documents settle each other in full and point at each other.</summary>
    public void CompleteCancellation(Invoice counterpart, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(counterpart);
        if (counterpart.IsDraft || counterpart.Type != InvoiceType.Cancellation || counterpart.OriginInvoiceId != Id || counterpart.TotalGross != TotalGross)
        {
            throw new InvalidOperationException("The cancellation counterpart must be the issued Cancellation document of the same amount.");
        }

        (CancelledById, CreditedAmount, Status) = (counterpart.Id, TotalGross, InvoiceStatus.Cancelled);
        StoreRemaining();
        Record(nowUtc, actor, "cancelled", $"{InvoiceLifecycle.Agreed(Kind, "Annulé")} par {counterpart.DisplayNumber} : {ClosingReason}");
        counterpart.CreditedAmount = counterpart.TotalGross;
        counterpart.FollowAmounts();
        counterpart.Record(nowUtc, actor, "cancels", $"Annule {DisplayNumber}.");
    }

    /// <summary>Abandons this unpaid invoice and returns its replacement draft (Dolibarr's "facture de remplacement").</summary>
    public Invoice Replace(string? reason, string proformaNumber, Actor actor, DateTime nowUtc)
    {
        if (ReplacementRefusal is { } refusal)
        {
            throw DomainException.Conflict("invoice.replace_status", refusal);
        }

        ClosingReason = Require.Text(reason, "Reason", "Le motif de remplacement", 500);
        var replacement = Duplicate(proformaNumber, actor, nowUtc);
        replacement.Type = InvoiceType.Replacement;
        Status = InvoiceStatus.Abandoned;
        Record(nowUtc, actor, "abandoned", $"Abandonnée, remplacée par le brouillon {proformaNumber} : {ClosingReason}");
        return replacement;
    }

    public void LinkReplacement(Invoice replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (Status != InvoiceStatus.Abandoned || replacement.OriginInvoiceId != Id || replacement.Type != InvoiceType.Replacement)
        {
            throw new InvalidOperationException("Only the replacement of this abandoned invoice can be linked.");
        }

        ReplacedById = replacement.Id;
    }

    /// <summary>
    /// A draft Penalty invoice for this overdue invoice: days late × annual rate / 365 × amount due, plus the fixed
    /// recovery indemnity when owed (French business customers).
    /// </summary>
    public Invoice CreatePenalty(DateOnly today, decimal annualRatePercent, bool recoveryIndemnity, LineTax? tax, string proformaNumber, Actor actor, DateTime nowUtc)
    {
        if (PenaltyRefusal(today) is { } refusal)
        {
            throw DomainException.Conflict("invoice.penalty_status", refusal);
        }

        var daysLate = DaysLate(today);
        var due = Remaining;
        var penalty = LatePenalty(today, annualRatePercent);
        var lines = new List<LineDetails>();
        var rate = annualRatePercent.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));
        if (penalty > 0)
        {
            lines.Add(LineDetails.Item($"Pénalités de retard sur la facture {DisplayNumber} : {daysLate} jours à {rate} % l'an sur {Payment.Format(due)}", 1, penalty, tax));
        }

        if (recoveryIndemnity)
        {
            lines.Add(LineDetails.Item("Indemnité forfaitaire pour frais de recouvrement (art. L441-10 du Code de commerce)", 1, RecoveryIndemnity, tax));
        }

        if (lines.Count == 0)
        {
            throw DomainException.Conflict("invoice.penalty_zero", $"La pénalité de retard sur {DisplayNumber} est nulle (taux {rate} %).");
        }

        var note = $"Pénalités de retard : facture {DisplayNumber}, échue le {DueDate!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.";
        var invoice = CreateDraft(InvoiceKind.Invoice, InvoiceType.Penalty, CorrectionHeader(note), lines, proformaNumber, actor, nowUtc);
        invoice.OriginInvoiceId = Id;
        return invoice;
    }

    private InvoiceHeader CorrectionHeader(string publicNote) =>
        new(CustomerId, BillingContactId, null, DeliveryDate, DeliveryPeriodEnd, null, 0, CustomerReference, Currency, publicNote, null, QuebecTaxRegistration, DeliveryAddress: DeliveryAddress, ActivityId: ActivityId);

    private List<LineDetails> ChosenLines(IReadOnlyList<(int Position, decimal Quantity)> chosen)
    {
        var details = new List<LineDetails>();
        for (var i = 0; i < chosen.Count; i++)
        {
            var (position, quantity) = chosen[i];
            var line = _lines.SingleOrDefault(l => l.Position == position && l.Kind == LineKind.Item)
                ?? throw new DomainException("credit_note.line", $"La facture n'a pas de ligne article en position {position}.", $"Lines[{i}].Position");
            if (quantity <= 0 || quantity > line.Quantity)
            {
                throw new DomainException(
                    "credit_note.quantity",
                    $"Ligne {position} : la quantité créditée doit être comprise entre 0 et {line.Quantity.ToString("0.####", CultureInfo.InvariantCulture)}.",
                    $"Lines[{i}].Quantity");
            }

            details.Add(line.ToDetails() with { Quantity = quantity });
        }

        return details;
    }

    private LineDetails AmountLine(decimal net)
    {
        var taxes = _lines.Where(l => l.Kind == LineKind.Item && l.Net != 0).Select(l => l.Tax).DistinctBy(t => t?.TaxCodeId).ToList();
        if (taxes.Count != 1)
        {
            throw new DomainException("credit_note.amount_taxes", "La facture a plusieurs codes de taxe : choisissez les lignes à créditer.", "Amount");
        }

        if (net <= 0)
        {
            throw new DomainException("amount.positive", "Le montant doit être supérieur à zéro.", "Amount");
        }

        return LineDetails.Item($"Avoir sur la facture {DisplayNumber}", 1, net, taxes[0]);
    }
}
