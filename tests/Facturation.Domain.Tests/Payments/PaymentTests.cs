using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Domain.Tests.Invoicing;

namespace Facturation.Domain.Tests.Payments;

public sealed class PaymentTests
{
    private static readonly DateOnly Date = InvoiceBuilder.Today;

    // 1 × 100 + 3 × 100 at 20 % = 480.00 TTC (the brief's reference figures).
    private static Invoice Final480(string number = "FA2611-0001") => new InvoiceBuilder().WithLine(1, 100m).WithLine(3, 100m).BuildFinal(number);

    private static Payment Receive(decimal amount, params (Invoice Invoice, decimal Amount)[] allocations) =>
        Payment.Receive(7, new PaymentDetails(Date, amount, PaymentMethod.Transfer), allocations, InvoiceBuilder.Biller, InvoiceBuilder.Now);

    [Fact]
    public void Receive_part_then_rest_moves_invoice_to_partially_paid_then_paid()
    {
        var invoice = Final480();

        Receive(100m, (invoice, 100m));
        var afterFirst = (invoice.Status, invoice.Remaining);
        Receive(380m, (invoice, 380m));

        Assert.Equal((InvoiceStatus.PartiallyPaid, 380m), afterFirst);
        Assert.Equal((InvoiceStatus.Paid, 0m, 480m), (invoice.Status, invoice.Remaining, invoice.PaidAmount));
    }

    [Fact]
    public void Receive_spread_over_three_invoices_settles_each()
    {
        var (a, b, c) = (Final480("A"), Final480("B"), Final480("C"));

        var payment = Receive(1000m, (a, 480m), (b, 480m), (c, 40m));

        Assert.Equal([InvoiceStatus.Paid, InvoiceStatus.Paid, InvoiceStatus.PartiallyPaid], new[] { a.Status, b.Status, c.Status });
        Assert.Equal(3, payment.Allocations.Count);
    }

    [Fact]
    public void Receive_more_than_remaining_is_refused_on_the_allocation_field()
    {
        var invoice = Final480();

        var error = Assert.Throws<DomainException>(() => Receive(500m, (invoice, 500m)));

        Assert.Equal(("invoice.over_allocation", "Allocations[0].Amount"), (error.Code, error.Field));
        Assert.Equal(0m, invoice.PaidAmount);
    }

    [Fact]
    public void Receive_total_different_from_allocations_is_refused_on_amount()
    {
        var error = Assert.Throws<DomainException>(() => Receive(300m, (Final480(), 200m)));

        Assert.Equal(("payment.unbalanced", "Amount"), (error.Code, error.Field));
    }

    [Fact]
    public void Receive_on_a_draft_is_a_conflict_naming_the_status()
    {
        var draft = new InvoiceBuilder().WithLine(1, 100m).Build();

        var error = Assert.Throws<DomainException>(() => Receive(10m, (draft, 10m)));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("« Brouillon/proforma »", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Void_restores_partially_paid_then_final()
    {
        var invoice = Final480();
        var first = Receive(100m, (invoice, 100m));
        var second = Receive(380m, (invoice, 380m));

        second.Void([invoice], "Chèque impayé", InvoiceBuilder.Biller, InvoiceBuilder.Now);
        var afterSecond = invoice.Status;
        first.Void([invoice], "Erreur de saisie", InvoiceBuilder.Biller, InvoiceBuilder.Now);

        Assert.Equal(InvoiceStatus.PartiallyPaid, afterSecond);
        Assert.Equal((InvoiceStatus.Final, 480m), (invoice.Status, invoice.Remaining));
        Assert.Contains(invoice.History, h => h.Action == "payment_voided" && h.Details.Contains("Erreur de saisie", StringComparison.Ordinal));
    }

    [Fact]
    public void Void_without_reason_is_refused()
    {
        var invoice = Final480();
        var payment = Receive(100m, (invoice, 100m));

        var error = Assert.Throws<DomainException>(() => payment.Void([invoice], " ", InvoiceBuilder.Biller, InvoiceBuilder.Now));

        Assert.Equal("Reason", error.Field);
        Assert.Equal(100m, invoice.PaidAmount);
    }

    [Fact]
    public void Void_keeps_the_payment_with_who_when_and_why()
    {
        var invoice = Final480();
        var payment = Receive(100m, (invoice, 100m));

        payment.Void([invoice], "Chèque impayé", InvoiceBuilder.Biller, InvoiceBuilder.Now);

        Assert.Equal(
            (PaymentStatus.Voided, InvoiceBuilder.Now, InvoiceBuilder.Biller.UserName, "Chèque impayé", 100m, 1),
            (payment.Status, payment.VoidedAtUtc, payment.VoidedByName, payment.VoidReason, payment.Amount, payment.Allocations.Count));
    }

    [Fact]
    public void Void_twice_is_a_conflict_and_changes_nothing()
    {
        var invoice = Final480();
        var payment = Receive(100m, (invoice, 100m));
        payment.Void([invoice], "Erreur", InvoiceBuilder.Biller, InvoiceBuilder.Now);

        var error = Assert.Throws<DomainException>(() => payment.Void([invoice], "Encore", InvoiceBuilder.Biller, InvoiceBuilder.Now));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Equal((0m, "Erreur"), (invoice.PaidAmount, payment.VoidReason));
    }

    [Fact]
    public void MarkDisputed_on_paid_invoice_and_back()
    {
        var invoice = Final480();
        Receive(480m, (invoice, 480m));

        invoice.MarkDisputed("Rejet de prélèvement", InvoiceBuilder.Biller, InvoiceBuilder.Now);
        var disputed = invoice.Status;
        invoice.ResolveDispute(InvoiceBuilder.Biller, InvoiceBuilder.Now);

        Assert.Equal((InvoiceStatus.Disputed, InvoiceStatus.Paid), (disputed, invoice.Status));
    }

    [Fact]
    public void MarkDisputed_on_unpaid_invoice_is_a_conflict()
    {
        var error = Assert.Throws<DomainException>(() => Final480().MarkDisputed("x", InvoiceBuilder.Biller, InvoiceBuilder.Now));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public void IsOverdue_only_when_open_unpaid_and_past_due()
    {
        var invoice = Final480();
        var due = invoice.DueDate!.Value;

        var before = invoice.IsOverdue(due);
        var after = invoice.IsOverdue(due.AddDays(1));
        Receive(480m, (invoice, 480m));

        Assert.Equal((false, true, false), (before, after, invoice.IsOverdue(due.AddDays(1))));
    }
}
