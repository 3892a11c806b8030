using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Domain.Tests.Invoicing;

/// <summary>The transition table of <see cref="InvoiceLifecycle"/> and the aggregate's guards agree, and refusals speak French.</summary>
public sealed class InvoiceTransitionTableTests
{
    private static readonly Actor Biller = InvoiceBuilder.Biller;
    private static readonly DateTime Now = InvoiceBuilder.Now;

    public static TheoryData<InvoiceStatus> IssuedStatuses =>
        [InvoiceStatus.Final, InvoiceStatus.Sent, InvoiceStatus.PartiallyPaid, InvoiceStatus.Paid, InvoiceStatus.Disputed, InvoiceStatus.Cancelled, InvoiceStatus.Abandoned];

    [Fact]
    public void Draft_allows_the_editing_verbs_and_no_settlement()
    {
        var allowed = InvoiceLifecycle.AllowedActions(InvoiceKind.Invoice, InvoiceStatus.Draft);

        Assert.Equal([InvoiceAction.Edit, InvoiceAction.Finalize, InvoiceAction.Delete, InvoiceAction.Duplicate, InvoiceAction.Send], allowed);
    }

    [Theory]
    [MemberData(nameof(IssuedStatuses))]
    public void Issued_status_never_allows_edit_finalize_or_delete(InvoiceStatus status)
    {
        var allowed = InvoiceLifecycle.AllowedActions(InvoiceKind.Invoice, status);

        Assert.DoesNotContain(InvoiceAction.Edit, allowed);
        Assert.DoesNotContain(InvoiceAction.Finalize, allowed);
        Assert.DoesNotContain(InvoiceAction.Delete, allowed);
        Assert.Contains(InvoiceAction.Duplicate, allowed);
    }

    [Fact]
    public void Paid_invoice_guards_follow_the_table()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).BuildFinal();
        Payment.Receive(7, new PaymentDetails(InvoiceBuilder.Today, 120m, PaymentMethod.Cash), [(invoice, 120m)], Biller, Now);

        Assert.Equal(InvoiceStatus.Paid, invoice.Status);
        Assert.Null(invoice.DisputeRefusal);
        Assert.NotNull(invoice.PaymentRefusal);
        Assert.NotNull(invoice.CancellationRefusal);
        Assert.NotNull(invoice.ReplacementRefusal);
        Assert.Null(invoice.CreditNoteRefusal);
        Assert.False(InvoiceLifecycle.Allows(invoice.Kind, invoice.Status, InvoiceAction.RecordPayment));
    }

    [Fact]
    public void Refusal_names_the_status_in_french_not_the_enum()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).BuildFinal();
        Payment.Receive(7, new PaymentDetails(InvoiceBuilder.Today, 10m, PaymentMethod.Cash), [(invoice, 10m)], Biller, Now);

        var error = Assert.Throws<DomainException>(() => invoice.StartCancellation("x", "PF-1", Biller, Now));

        Assert.StartsWith("La facture FA2611-0001 est au statut « Partiellement payée » :", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PartiallyPaid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credit_note_messages_agree_in_the_masculine()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).BuildFinal();
        var creditNote = invoice.CreateCreditNote(InvoiceType.Corrective, null, null, "PF-2", Biller, Now);
        creditNote.Finalize("AV2611-0001", 2, new IssueDateRule(InvoiceBuilder.Today, null, 0), false, Biller, Now);

        var error = Assert.Throws<DomainException>(() => creditNote.UpdateDraft(new InvoiceHeader(CustomerId: 7, PaymentTermsDays: 30), [], Biller, Now));

        Assert.Equal("Avoir AV2611-0001 émis.", creditNote.History[^1].Details);
        Assert.Equal("L'avoir AV2611-0001 est au statut « Émis » : il ne peut plus être modifié. Établissez un avoir puis dupliquez-le.", error.Message);
        Assert.Equal("Annulé", InvoiceLifecycle.Label(InvoiceKind.CreditNote, InvoiceStatus.Cancelled));
        Assert.Equal("Annulée", InvoiceLifecycle.Label(InvoiceKind.Invoice, InvoiceStatus.Cancelled));
    }

    [Fact]
    public void Changeable_after_issue_holds_no_printed_field()
    {
        IReadOnlySet<string> changeable = InvoiceLifecycle.ChangeableAfterIssue;

        Assert.Contains(nameof(Invoice.Status), changeable);
        Assert.DoesNotContain(nameof(Invoice.Number), changeable);
        Assert.DoesNotContain(nameof(Invoice.TotalGross), changeable);
        Assert.DoesNotContain(nameof(Invoice.IssueDate), changeable);
        Assert.DoesNotContain(nameof(Invoice.CustomerId), changeable);
    }

    [Fact]
    public void Every_status_has_a_french_label_for_both_kinds()
    {
        foreach (var kind in Enum.GetValues<InvoiceKind>())
        {
            foreach (var status in Enum.GetValues<InvoiceStatus>())
            {
                Assert.NotEqual(status.ToString(), InvoiceLifecycle.Label(kind, status));
            }
        }
    }
}
