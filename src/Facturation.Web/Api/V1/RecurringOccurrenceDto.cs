using Facturation.Domain.Recurring;

namespace Facturation.Web.Api.V1;

/// <summary>One generated occurrence (<c>run-now</c>'s answer, and the template's history).</summary>
public sealed record RecurringOccurrenceDto(DateOnly OccurrenceDate, int? DocumentId, string? DocumentNumber, OccurrenceOutcome Outcome, string? Note, DateTime GeneratedAt)
{
    public static RecurringOccurrenceDto From(RecurringInvoiceOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return new(occurrence.OccurrenceDate, occurrence.InvoiceId, occurrence.DocumentNumber, occurrence.Outcome, occurrence.Note,
            DateTime.SpecifyKind(occurrence.GeneratedAtUtc, DateTimeKind.Utc));
    }
}
