using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Tests.Invoicing;

public sealed class IssueDateRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Resolve_empty_date_is_today() =>
        Assert.Equal(Today, new IssueDateRule(Today, null, 0).Resolve(null));

    [Theory]
    [InlineData("2026-11-24")]
    [InlineData("9999-12-31")]
    public void Resolve_date_after_today_is_a_conflict(string date)
    {
        var error = Assert.Throws<DomainException>(() => new IssueDateRule(Today, null, 30).Resolve(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(("invoice.issue_date_future", DomainErrorKind.Conflict, "IssueDate"), (error.Code, error.Kind, error.Field));
    }

    [Fact]
    public void Resolve_past_date_with_no_backdating_window_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => new IssueDateRule(Today, null, 0).Resolve(Today.AddDays(-1)));

        Assert.Equal("invoice.issue_date_window", error.Code);
    }

    [Fact]
    public void Resolve_past_date_within_the_window_and_after_the_last_issue_is_kept()
    {
        Assert.Equal(Today.AddDays(-5), new IssueDateRule(Today, Today.AddDays(-6), 5).Resolve(Today.AddDays(-5)));
    }

    [Fact]
    public void Resolve_date_before_the_last_issued_document_is_refused_even_within_the_window()
    {
        var error = Assert.Throws<DomainException>(() => new IssueDateRule(Today, Today.AddDays(-2), 10).Resolve(Today.AddDays(-3)));

        Assert.Equal("invoice.issue_date_backwards", error.Code);
    }

    [Theory]
    [InlineData(nameof(InvoiceStatus.Draft), true)]
    [InlineData(nameof(InvoiceStatus.Final), false)]
    [InlineData(nameof(InvoiceStatus.Paid), false)]
    public void NeedsFinalization_draft_yes_issued_no(string status, bool expected)
    {
        var invoice = status == nameof(InvoiceStatus.Draft) ? new InvoiceBuilder().WithLine(1, 100m).Build() : new InvoiceBuilder().WithLine(1, 100m).BuildFinal();
        if (status == nameof(InvoiceStatus.Paid))
        {
            Facturation.Domain.Payments.Payment.Receive(invoice.CustomerId, new Facturation.Domain.Payments.PaymentDetails(Today, invoice.TotalGross, Facturation.Domain.Payments.PaymentMethod.Cash), [(invoice, invoice.TotalGross)], InvoiceBuilder.Biller, InvoiceBuilder.Now);
        }

        Assert.Equal((status, expected), (invoice.Status.ToString(), invoice.NeedsFinalization()));
    }
}
