using Facturation.Domain.Common;
using Facturation.Domain.Numbering;

namespace Facturation.Domain.Tests.Numbering;

/// <summary>Mask collisions across series and reset changes deferred to the next period (ADR-011).</summary>
public sealed class SeriesChangeTests
{
    private static readonly DateOnly Today = new(2026, 11, 10);

    [Theory]
    [InlineData("FA{yy}{mm}-{0000}", "FA{yy}{mm}-{0000}", true)]
    [InlineData("FA{yy}{mm}-{0000}", "Fa{yy}{mm}-{0000}", true)]
    [InlineData("FA{yy}{mm}-{0000}", "FA{yyyy}-{0000}", true)]
    [InlineData("FA{yy}{mm}-{0000}", "FA{yy}{mm}-{00}", true)]
    [InlineData("FA{yy}{mm}-{0000}", "F{0000}", false)]
    [InlineData("FA{yy}{mm}-{0000}", "AV{yy}{mm}-{0000}", false)]
    [InlineData("FA{yy}{mm}-{0000}", "FA{yy}{mm}/{0000}", false)]
    [InlineData("FA{yy}{mm}-{0000}", "FA{yy}{mm}-{0000}-B", false)]
    [InlineData("{0000}", "{yyyy}{0000}", true)]
    [InlineData("{0000}", "X{0000}", false)]
    public void CouldCollideWith_same_literal_prefix_and_shape(string left, string right, bool expected)
    {
        var (a, b) = (NumberMask.Parse(left, ResetPolicy.Never), NumberMask.Parse(right, ResetPolicy.Never));

        Assert.Equal((expected, expected), (a.CouldCollideWith(b), b.CouldCollideWith(a)));
    }

    [Fact]
    public void Change_reset_of_a_series_in_use_applies_from_the_next_month()
    {
        var series = new NumberingSeries(SeriesKind.Invoice, "FA{yy}{mm}-{0000}", ResetPolicy.Never);

        series.Change("FA{yy}{mm}-{0000}", ResetPolicy.Monthly, Today, hasGivenNumbers: true);

        Assert.Equal((ResetPolicy.Monthly, ResetPolicy.Never, new DateOnly(2026, 12, 1)), (series.Reset, series.PreviousReset, series.ResetFrom));
        Assert.Equal((string.Empty, "2026-12"), (series.PeriodOf(new DateOnly(2026, 11, 30)), series.PeriodOf(new DateOnly(2026, 12, 1))));
    }

    [Fact]
    public void Change_to_never_applies_from_the_next_period_of_the_policy_in_force()
    {
        var series = new NumberingSeries(SeriesKind.Invoice, "F{yyyy}-{0000}", ResetPolicy.Yearly);

        series.Change("F{yyyy}-{0000}", ResetPolicy.Never, Today, hasGivenNumbers: true);

        Assert.Equal(new DateOnly(2027, 1, 1), series.ResetFrom);
        Assert.Equal(("2026", string.Empty), (series.PeriodOf(new DateOnly(2026, 12, 31)), series.PeriodOf(new DateOnly(2027, 1, 1))));
    }

    [Fact]
    public void Change_of_an_unused_series_applies_at_once()
    {
        var series = new NumberingSeries(SeriesKind.Invoice, "FA{yy}{mm}-{0000}", ResetPolicy.Never);

        series.Change("FA{yy}{mm}-{0000}", ResetPolicy.Monthly, Today, hasGivenNumbers: false);

        Assert.Equal((ResetPolicy.Monthly, (DateOnly?)null, "2026-11"), (series.Reset, series.ResetFrom, series.PeriodOf(Today)));
    }

    [Fact]
    public void Change_mask_unfit_for_the_policy_still_in_force_is_refused()
    {
        var series = new NumberingSeries(SeriesKind.Invoice, "FA{yy}{mm}-{0000}", ResetPolicy.Monthly);

        var error = Assert.Throws<DomainException>(() => series.Change("F{yyyy}-{0000}", ResetPolicy.Yearly, Today, hasGivenNumbers: true));

        Assert.Equal(("mask.period", "Mask"), (error.Code, error.Field));
        Assert.Contains("31/12/2026", error.Message, StringComparison.Ordinal);
        Assert.Equal((ResetPolicy.Monthly, "FA{yy}{mm}-{0000}"), (series.Reset, series.Mask));
    }
}
