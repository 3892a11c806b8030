using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;

namespace Facturation.Domain.Tests.Recurring;

public sealed class RecurringInvoiceTemplateTests
{
    private static readonly Actor User = new("u1", "Test");
    private static readonly DateTime Now = new(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static RecurringInvoiceTemplate Monthly(DateOnly start, int? occurrences = null) => RecurringInvoiceTemplate.Create(
        new RecurringTemplateTerms(1, "Maintenance", new RecurrenceSchedule(RecurrenceFrequency.Monthly, 1, start, occurrences: occurrences), RecurringAction.Draft),
        [new RecurringLineDetails(LineKind.Item, "Maintenance {mois}", 1, null, 100m, null, "TVA20", null, null)],
        Today,
        User,
        Now);

    [Fact]
    public void Created_with_a_past_start_begins_at_the_first_occurrence_from_today()
    {
        var template = Monthly(new DateOnly(2026, 1, 5));

        Assert.Equal(new DateOnly(2026, 12, 5), template.NextDate);
    }

    [Fact]
    public void Template_without_an_item_line_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => RecurringInvoiceTemplate.Create(
            new RecurringTemplateTerms(1, null, new RecurrenceSchedule(RecurrenceFrequency.Monthly, 1, Today), RecurringAction.Draft),
            [new RecurringLineDetails(LineKind.Comment, "Note", null, null, null, null, null, null, null)],
            Today,
            User,
            Now));

        Assert.Equal("recurring.no_lines", error.Code);
    }

    [Fact]
    public void Pausing_twice_is_a_conflict_and_resuming_skips_the_occurrences_of_the_pause()
    {
        var template = Monthly(Today);
        template.Pause(Now);

        var second = Assert.Throws<DomainException>(() => template.Pause(Now));
        template.Resume(new DateOnly(2027, 3, 10), Now);

        Assert.Equal(DomainErrorKind.Conflict, second.Kind);
        Assert.Equal(RecurringTemplateStatus.Active, template.Status);
        Assert.Equal(new DateOnly(2027, 3, 27), template.NextDate);
    }

    [Fact]
    public void Reaching_the_number_of_occurrences_completes_the_template()
    {
        var template = Monthly(Today, occurrences: 1);
        var occurrence = template.Claim(Today, "worker", Now);
        occurrence.Complete(10, "PF-1", OccurrenceOutcome.Draft, null);

        template.Advance(occurrence, Now);

        Assert.Equal(RecurringTemplateStatus.Completed, template.Status);
        Assert.Null(template.NextDate);
        Assert.Equal(1, template.GeneratedCount);
        Assert.Throws<DomainException>(() => template.OccurrenceToRunNow());
    }
}
