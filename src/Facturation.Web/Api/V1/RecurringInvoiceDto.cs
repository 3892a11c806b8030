using Facturation.Domain.Recurring;

namespace Facturation.Web.Api.V1;

/// <summary>The <c>/api/v1/recurring-invoices</c> resource: the template as posted, plus where its schedule stands.</summary>
public sealed record RecurringInvoiceDto(
    int Id,
    int CustomerId,
    string? Title,
    RecurrenceFrequency Frequency,
    int Interval,
    DateOnly StartDate,
    DateOnly? EndDate,
    int? Occurrences,
    int? DayOfIssue,
    RecurringAction Action,
    RecurringTemplateStatus Status,
    DateOnly? NextDate,
    int GeneratedCount,
    int? LastDocumentId,
    DateOnly? LastOccurrenceDate,
    string? LastError,
    int? PaymentTermsDays,
    string? PublicNote,
    string? PrivateNote,
    IReadOnlyList<RecurringInvoiceLineDto> Lines)
{
    public static RecurringInvoiceDto From(RecurringInvoiceTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(
            template.Id, template.CustomerId, template.Title, template.Frequency, template.Interval, template.StartDate, template.EndDate,
            template.Occurrences, template.DayOfIssue, template.Action, template.Status, template.NextDate, template.GeneratedCount,
            template.LastInvoiceId, template.LastOccurrenceDate, template.LastError, template.PaymentTermsDays, template.PublicNote,
            template.PrivateNote, template.Lines.OrderBy(l => l.Position).Select(RecurringInvoiceLineDto.From).ToList());
    }
}
