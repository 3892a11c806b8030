using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Tests.Invoicing;

public sealed class InvoiceLifecycleTests
{
    private static readonly InvoiceHeader Header = new(CustomerId: 7, PaymentTermsDays: 30);

    [Fact]
    public void UpdateDraft_on_a_draft_replaces_lines_and_records_history()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).Build();

        invoice.UpdateDraft(Header, [LineDetails.Item("Autre", 2, 10m, InvoiceBuilder.Tva20)], InvoiceBuilder.Biller, InvoiceBuilder.Now);

        Assert.Equal(20m, invoice.Totals.Net);
        Assert.Equal(["created", "updated"], invoice.History.Select(h => h.Action));
    }

    [Fact]
    public void UpdateDraft_on_a_final_invoice_is_a_not_draft_conflict()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).BuildFinal();

        var error = Assert.Throws<DomainException>(() => invoice.UpdateDraft(Header, [], InvoiceBuilder.Biller, InvoiceBuilder.Now));

        Assert.Equal(("invoice.not_draft", DomainErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Equal(100m, invoice.Totals.Net);
    }

    [Fact]
    public void EnsureDeletable_on_a_final_invoice_is_a_not_draft_conflict()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).BuildFinal();

        var error = Assert.Throws<DomainException>(invoice.EnsureDeletable);

        Assert.Equal(("invoice.not_draft", DomainErrorKind.Conflict), (error.Code, error.Kind));
    }

    [Fact]
    public void EnsureDeletable_on_a_draft_passes()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).Build();

        invoice.EnsureDeletable();

        Assert.True(invoice.IsDraft);
    }

    [Fact]
    public void FinalizationProblems_line_without_tax_is_tagged_with_its_field()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).WithLine(LineDetails.Item("Sans taxe", 1, 10m, null)).Build();

        var problem = Assert.Single(invoice.FinalizationProblems(glAccountRequired: false));

        Assert.Equal(("line.tax_required", "Lines[1].Tax"), (problem.Code, problem.Field));
    }

    [Fact]
    public void FinalizationProblems_missing_gl_account_when_required_is_tagged()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).Build();

        var problem = Assert.Single(invoice.FinalizationProblems(glAccountRequired: true));

        Assert.Equal("Lines[0].GlAccountId", problem.Field);
    }

    [Fact]
    public void FinalizationProblems_without_any_amount_is_tagged_on_lines()
    {
        var invoice = new InvoiceBuilder().WithLine(0, 100m).Build();

        Assert.Contains(invoice.FinalizationProblems(false), p => p.Field == "Lines" && p.Code == "invoice.no_amount");
    }

    [Fact]
    public void Finalize_sets_number_status_and_history()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).BuildFinal("FA2611-0001");

        Assert.Equal(("FA2611-0001", InvoiceStatus.Final, InvoiceBuilder.Today), (invoice.Number, invoice.Status, invoice.IssueDate));
        Assert.Equal(InvoiceBuilder.Biller.UserId, invoice.FinalizedById);
        Assert.Equal(["created", "finalized"], invoice.History.Select(h => h.Action));
        Assert.All(invoice.History, h => Assert.Equal("Alice Biller", h.UserName));
    }

    [Fact]
    public void Finalize_issue_date_before_last_of_series_is_refused()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).With(h => h with { IssueDate = new DateOnly(2026, 11, 1) }).Build();

        var error = Assert.Throws<DomainException>(() =>
            invoice.Finalize("FA2611-0002", 1, new IssueDateRule(InvoiceBuilder.Today, new DateOnly(2026, 11, 2), 30), false, InvoiceBuilder.Biller, InvoiceBuilder.Now));

        Assert.Equal(("invoice.issue_date_backwards", "IssueDate"), (error.Code, error.Field));
        Assert.True(invoice.IsDraft);
        Assert.Null(invoice.Number);
    }

    [Fact]
    public void Finalize_issue_date_equal_to_last_of_series_is_accepted()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).Build();

        invoice.Finalize("FA2611-0002", 1, new IssueDateRule(InvoiceBuilder.Today, InvoiceBuilder.Today, 0), false, InvoiceBuilder.Biller, InvoiceBuilder.Now);

        Assert.Equal(InvoiceStatus.Final, invoice.Status);
    }

    [Fact]
    public void Finalize_without_due_date_computes_it_from_payment_terms()
    {
        var invoice = new InvoiceBuilder().WithLine(1, 100m).With(h => h with { PaymentTermsDays = 45, DueDate = null }).BuildFinal();

        Assert.Equal(InvoiceBuilder.Today.AddDays(45), invoice.DueDate);
    }

    [Fact]
    public void Finalize_with_explicit_due_date_keeps_it()
    {
        var due = new DateOnly(2026, 12, 31);
        var invoice = new InvoiceBuilder().WithLine(1, 100m).With(h => h with { DueDate = due, PaymentTermsDays = null }).BuildFinal();

        Assert.Equal(due, invoice.DueDate);
    }

    [Fact]
    public void Duplicate_of_a_final_invoice_is_an_editable_draft_with_the_same_lines()
    {
        var original = new InvoiceBuilder().WithLine(1, 100m).WithLine(3, 100m, InvoiceBuilder.Tva10).BuildFinal();

        var copy = original.Duplicate("PF2611-0002", InvoiceBuilder.Biller, InvoiceBuilder.Now);

        Assert.True(copy.IsDraft);
        Assert.Null(copy.Number);
        Assert.Null(copy.IssueDate);
        Assert.Equal("PF2611-0002", copy.ProformaNumber);
        Assert.Equal(original.Id, copy.OriginInvoiceId);
        Assert.Equal(original.Lines.Select(l => l.ToDetails()), copy.Lines.Select(l => l.ToDetails()));
        Assert.Equal(original.Totals.Gross, copy.Totals.Gross);
        Assert.Equal(["created", "duplicated"], copy.History.Select(h => h.Action));
        copy.UpdateDraft(new InvoiceHeader(7, PaymentTermsDays: 30), [], InvoiceBuilder.Biller, InvoiceBuilder.Now);
    }
}
