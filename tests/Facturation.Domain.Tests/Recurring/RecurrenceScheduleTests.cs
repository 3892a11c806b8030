using Facturation.Domain.Common;
using Facturation.Domain.Recurring;

namespace Facturation.Domain.Tests.Recurring;

public sealed class RecurrenceScheduleTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Monthly_on_the_31st_takes_the_last_day_of_shorter_months_without_drifting()
    {
        var schedule = new RecurrenceSchedule(RecurrenceFrequency.Monthly, 1, D(2027, 1, 31));

        var dates = Occurrences(schedule, 4);

        Assert.Equal([D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31), D(2027, 4, 30)], dates);
    }

    [Fact]
    public void Day_of_issue_already_past_in_the_start_month_starts_the_next_month()
    {
        var schedule = new RecurrenceSchedule(RecurrenceFrequency.Monthly, 1, D(2026, 12, 15), dayOfIssue: 1);

        Assert.Equal(D(2027, 1, 1), schedule.First);
    }

    [Fact]
    public void Quarterly_every_two_quarters_steps_six_months()
    {
        var schedule = new RecurrenceSchedule(RecurrenceFrequency.Quarterly, 2, D(2026, 1, 10));

        Assert.Equal([D(2026, 1, 10), D(2026, 7, 10), D(2027, 1, 10)], Occurrences(schedule, 3));
    }

    [Fact]
    public void Weekly_on_a_given_weekday_starts_on_the_first_such_day()
    {
        // 2 December 2026 is a Wednesday; 1 = Monday → Monday 7 December.
        var schedule = new RecurrenceSchedule(RecurrenceFrequency.Weekly, 1, D(2026, 12, 2), dayOfIssue: 1);

        Assert.Equal([D(2026, 12, 7), D(2026, 12, 14)], Occurrences(schedule, 2));
    }

    [Fact]
    public void On_or_after_a_date_between_occurrences_gives_the_next_one()
    {
        var schedule = new RecurrenceSchedule(RecurrenceFrequency.Monthly, 1, D(2026, 1, 5));

        Assert.Equal(D(2026, 12, 5), schedule.OnOrAfter(D(2026, 11, 27)));
        Assert.Equal(D(2026, 11, 5), schedule.OnOrAfter(D(2026, 11, 5)));
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Monthly, 1, "décembre 2026")]
    [InlineData(RecurrenceFrequency.Monthly, 2, "décembre 2026 à janvier 2027")]
    [InlineData(RecurrenceFrequency.Quarterly, 1, "T4 2026")]
    [InlineData(RecurrenceFrequency.Yearly, 1, "2026")]
    [InlineData(RecurrenceFrequency.Weekly, 1, "du 07/12/2026 au 13/12/2026")]
    public void Period_label_names_the_billed_period(RecurrenceFrequency frequency, int interval, string expected)
    {
        var schedule = new RecurrenceSchedule(frequency, interval, D(2026, 12, 7));

        Assert.Equal(expected, schedule.PeriodLabel(D(2026, 12, 7)));
    }

    [Fact]
    public void Placeholders_are_replaced_with_french_month_year_and_period()
    {
        var schedule = new RecurrenceSchedule(RecurrenceFrequency.Quarterly, 1, D(2026, 10, 1));

        var text = RecurringPlaceholders.Expand("Maintenance {mois} {année} ({période})", schedule, D(2026, 12, 1));

        Assert.Equal("Maintenance décembre 2026 (T4 2026)", text);
    }

    [Fact]
    public void End_date_and_number_of_occurrences_limit_the_schedule()
    {
        var byDate = new RecurrenceSchedule(RecurrenceFrequency.Monthly, 1, D(2026, 1, 1), endDate: D(2026, 3, 1));
        var byCount = new RecurrenceSchedule(RecurrenceFrequency.Monthly, 1, D(2026, 1, 1), occurrences: 2);

        Assert.True(byDate.Allows(D(2026, 3, 1), 10));
        Assert.False(byDate.Allows(D(2026, 4, 1), 0));
        Assert.True(byCount.Allows(D(2030, 1, 1), 1));
        Assert.False(byCount.Allows(D(2026, 3, 1), 2));
    }

    [Fact]
    public void Weekly_day_of_issue_outside_monday_to_sunday_is_refused_on_its_field()
    {
        var error = Assert.Throws<DomainException>(() => new RecurrenceSchedule(RecurrenceFrequency.Weekly, 1, D(2026, 12, 7), dayOfIssue: 8));

        Assert.Equal(nameof(RecurrenceSchedule.DayOfIssue), error.Field);
    }

    private static List<DateOnly> Occurrences(RecurrenceSchedule schedule, int count)
    {
        var dates = new List<DateOnly> { schedule.First };
        while (dates.Count < count)
        {
            dates.Add(schedule.After(dates[^1]));
        }

        return dates;
    }
}
