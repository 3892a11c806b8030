using Facturation.Domain.Common;
using Facturation.Domain.Numbering;

namespace Facturation.Domain.Tests.Numbering;

public sealed class NumberMaskTests
{
    private static readonly DateOnly Date = new(2026, 11, 23);

    [Theory]
    [InlineData("FA{yy}{mm}-{0000}", ResetPolicy.Monthly, 1, "FA2611-0001")]
    [InlineData("F-{yyyy}-{00000}", ResetPolicy.Yearly, 42, "F-2026-00042")]
    [InlineData("N{0000}", ResetPolicy.Never, 10000, "N10000")]
    [InlineData("{0000}", ResetPolicy.Never, 10000, "10000")]
    public void Format_mask_and_counter_gives_the_number(string mask, ResetPolicy reset, long counter, string expected)
    {
        var parsed = NumberMask.Parse(mask, reset);

        Assert.Equal(expected, parsed.Format(counter, Date));
    }

    [Theory]
    [InlineData("F{yyyy}-{0000}", ResetPolicy.Monthly, "mask.period")]
    [InlineData("F-{0000}", ResetPolicy.Yearly, "mask.period")]
    [InlineData("F{mm}-{0000}", ResetPolicy.Yearly, "mask.period")]
    [InlineData("F{0000}-{000}", ResetPolicy.Never, "mask.counter")]
    [InlineData("F-{yyyy}", ResetPolicy.Never, "mask.counter")]
    [InlineData("F{dd}-{0000}", ResetPolicy.Never, "mask.token")]
    public void Parse_invalid_mask_is_refused_on_the_mask_field(string mask, ResetPolicy reset, string code)
    {
        var error = Assert.Throws<DomainException>(() => NumberMask.Parse(mask, reset));

        Assert.Equal((code, "Mask"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(ResetPolicy.Never, "")]
    [InlineData(ResetPolicy.Yearly, "2026")]
    [InlineData(ResetPolicy.Monthly, "2026-11")]
    public void PeriodKey_per_reset_policy(ResetPolicy reset, string expected)
    {
        Assert.Equal(expected, NumberMask.PeriodKey(reset, Date));
    }

    [Fact]
    public void Change_on_a_series_refuses_monthly_reset_without_month()
    {
        var series = new NumberingSeries(SeriesKind.Invoice, NumberingSeries.DefaultMask(SeriesKind.Invoice), ResetPolicy.Monthly);

        var error = Assert.Throws<DomainException>(() => series.Change("FA{yyyy}-{0000}", ResetPolicy.Monthly, Date, hasGivenNumbers: false));

        Assert.Equal("Mask", error.Field);
        Assert.Equal("FA{yy}{mm}-{0000}", series.Mask);
    }

    [Fact]
    public void Format_default_invoice_series_first_number_of_november_2026()
    {
        var series = new NumberingSeries(SeriesKind.Invoice, NumberingSeries.DefaultMask(SeriesKind.Invoice), ResetPolicy.Monthly);

        Assert.Equal(("FA2611-0001", "2026-11"), (series.Format(1, Date), series.PeriodOf(Date)));
    }
}
