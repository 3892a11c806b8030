using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Domain.Tests.Invoicing;

public sealed class InvoiceCorrectionTests
{
    private static readonly Actor Biller = InvoiceBuilder.Biller;
    private static readonly DateTime Now = InvoiceBuilder.Now;

    private static Invoice Final480() => new InvoiceBuilder().WithLine(1, 100m).WithLine(3, 100m).BuildFinal();

    private static Invoice Issue(Invoice draft, string number = "AV2611-0001")
    {
        draft.Finalize(number, 2, new IssueDateRule(InvoiceBuilder.Today, null, 0), false, Biller, Now);
        return draft;
    }

    [Fact]
    public void CreateCreditNote_partial_lines_credits_chosen_quantities_with_positive_amounts()
    {
        var creditNote = Final480().CreateCreditNote(InvoiceType.Corrective, [(1, 2m)], null, "PF-1", Biller, Now);

        Assert.Equal((InvoiceKind.CreditNote, InvoiceType.Corrective), (creditNote.Kind, creditNote.Type));
        Assert.Equal((200m, 240m), (creditNote.TotalNet, creditNote.TotalGross));
    }

    [Fact]
    public void CreateCreditNote_without_lines_or_amount_credits_everything()
    {
        var creditNote = Final480().CreateCreditNote(InvoiceType.Corrective, null, null, "PF-1", Biller, Now);

        Assert.Equal(480m, creditNote.TotalGross);
    }

    [Fact]
    public void CreateCreditNote_amount_uses_the_single_tax_code()
    {
        var creditNote = Final480().CreateCreditNote(InvoiceType.Corrective, null, 50m, "PF-1", Biller, Now);

        Assert.Equal(60m, creditNote.TotalGross);
    }

    [Fact]
    public void CreateCreditNote_quantity_above_the_invoiced_one_is_refused_on_the_line()
    {
        var error = Assert.Throws<DomainException>(() => Final480().CreateCreditNote(InvoiceType.Return, [(0, 2m)], null, "PF-1", Biller, Now));

        Assert.Equal(("credit_note.quantity", "Lines[0].Quantity"), (error.Code, error.Field));
    }

    [Fact]
    public void CreateCreditNote_return_without_lines_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Final480().CreateCreditNote(InvoiceType.Return, null, null, "PF-1", Biller, Now));

        Assert.Equal("credit_note.return_lines", error.Code);
    }

    [Fact]
    public void EnsureWithinCorrected_counting_earlier_credit_notes_refuses_the_excess()
    {
        var invoice = Final480();
        var creditNote = invoice.CreateCreditNote(InvoiceType.Corrective, [(1, 2m)], null, "PF-1", Biller, Now);

        creditNote.EnsureWithinCorrected(invoice, 240m, null);
        var error = Assert.Throws<DomainException>(() => creditNote.EnsureWithinCorrected(invoice, 240.01m, "Lines"));

        Assert.Equal(("credit_note.exceeds_invoice", "Lines"), (error.Code, error.Field));
    }

    [Fact]
    public void Cancellation_settles_both_documents_and_links_them()
    {
        var invoice = Final480();
        var counterpart = invoice.StartCancellation("Erreur de client", "PF-1", Biller, Now);
        Issue(counterpart);

        invoice.CompleteCancellation(counterpart, Biller, Now);

        Assert.Equal((InvoiceKind.CreditNote, InvoiceType.Cancellation, 480m), (counterpart.Kind, counterpart.Type, counterpart.TotalGross));
        Assert.Equal((InvoiceStatus.Cancelled, counterpart.Id), (invoice.Status, invoice.CancelledById));
        Assert.Equal((InvoiceStatus.Used, 0m), (counterpart.Status, counterpart.Remaining));
    }

    [Fact]
    public void StartCancellation_on_a_partly_paid_invoice_is_a_conflict_telling_to_credit_and_refund()
    {
        var invoice = Final480();
        Payment.Receive(7, new PaymentDetails(InvoiceBuilder.Today, 10m, PaymentMethod.Cash), [(invoice, 10m)], Biller, Now);

        var error = Assert.Throws<DomainException>(() => invoice.StartCancellation("x", "PF-1", Biller, Now));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("avoir", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartCancellation_twice_is_refused()
    {
        var invoice = Final480();
        invoice.CompleteCancellation(Issue(invoice.StartCancellation("x", "PF-1", Biller, Now)), Biller, Now);

        var error = Assert.Throws<DomainException>(() => invoice.StartCancellation("x", "PF-2", Biller, Now));

        Assert.Equal(("invoice.cancel_status", DomainErrorKind.Conflict), (error.Code, error.Kind));
    }

    [Fact]
    public void Credit_note_applied_then_refunded_ends_refunded()
    {
        var invoice = Final480();
        var creditNote = Issue(invoice.CreateCreditNote(InvoiceType.Corrective, [(1, 1m)], null, "PF-1", Biller, Now));

        CreditApplication.Apply(creditNote, invoice, 100m, InvoiceBuilder.Today, Biller, Now);
        var afterApply = (creditNote.Status, creditNote.Remaining, invoice.Status, invoice.Remaining);
        Payment.Refund(creditNote, new PaymentDetails(InvoiceBuilder.Today, 20m, PaymentMethod.Transfer), Biller, Now);

        Assert.Equal((InvoiceStatus.Final, 20m, InvoiceStatus.PartiallyPaid, 380m), afterApply);
        Assert.Equal(InvoiceStatus.Refunded, creditNote.Status);
    }

    [Fact]
    public void Reversing_a_credit_application_gives_the_credit_back_to_both_sides()
    {
        var invoice = Final480();
        var creditNote = Issue(invoice.CreateCreditNote(InvoiceType.Corrective, [(1, 1m)], null, "PF-1", Biller, Now));
        var application = CreditApplication.Apply(creditNote, invoice, 120m, InvoiceBuilder.Today, Biller, Now);
        var used = creditNote.Status;

        application.Reverse(creditNote, invoice, "Mauvaise facture", Biller, Now);

        Assert.Equal(InvoiceStatus.Used, used);
        Assert.Equal((InvoiceStatus.Final, 480m), (invoice.Status, invoice.Remaining));
        Assert.Equal((InvoiceStatus.Final, 120m), (creditNote.Status, creditNote.Remaining));
        Assert.True(application.IsReversed);
        Assert.Equal("Mauvaise facture", application.ReversalReason);
        Assert.Throws<DomainException>(() => application.Reverse(creditNote, invoice, "Encore", Biller, Now));
    }

    [Fact]
    public void Refund_above_remaining_credit_is_refused()
    {
        var creditNote = Issue(Final480().CreateCreditNote(InvoiceType.Corrective, [(0, 1m)], null, "PF-1", Biller, Now));

        var error = Assert.Throws<DomainException>(() => Payment.Refund(creditNote, new PaymentDetails(InvoiceBuilder.Today, 121m, PaymentMethod.Cheque), Biller, Now));

        Assert.Equal(("credit_note.over_use", "Amount"), (error.Code, error.Field));
    }

    [Fact]
    public void Replace_abandons_the_invoice_and_drafts_a_linked_replacement()
    {
        var invoice = Final480();

        var replacement = invoice.Replace("Mauvaise adresse", "PF-2", Biller, Now);

        Assert.Equal(InvoiceStatus.Abandoned, invoice.Status);
        Assert.Equal((InvoiceType.Replacement, true, 480m), (replacement.Type, replacement.IsDraft, replacement.TotalGross));
        Assert.Equal("Mauvaise adresse", invoice.ClosingReason);
    }

    [Fact]
    public void CreatePenalty_days_late_times_rate_plus_indemnity()
    {
        var invoice = Final480();
        var today = invoice.DueDate!.Value.AddDays(73);

        // 73 days × 10 % / 365 × 480.00 = 9.60, plus 40.00.
        var penalty = invoice.CreatePenalty(today, 10m, recoveryIndemnity: true, InvoiceBuilder.Tax(9, "TVA0", new Facturation.Domain.Taxes.TaxComponent("TVA", 0m)), "PF-3", Biller, Now);

        Assert.Equal((InvoiceType.Penalty, 49.60m), (penalty.Type, penalty.TotalGross));
        Assert.Equal([9.60m, 40m], penalty.Lines.Select(l => l.Net));
    }

    [Fact]
    public void CreatePenalty_on_an_invoice_not_yet_due_is_a_conflict()
    {
        var invoice = Final480();

        var error = Assert.Throws<DomainException>(() => invoice.CreatePenalty(invoice.DueDate!.Value, 10m, false, null, "PF-3", Biller, Now));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }
}
