namespace Facturation.Domain.Recurring;

/// <summary>What a user edits on a recurring invoice besides its lines, replaced as a whole.</summary>
public sealed record RecurringTemplateTerms(
    int CustomerId,
    string? Title,
    RecurrenceSchedule Schedule,
    RecurringAction Action,
    string? PublicNote = null,
    string? PrivateNote = null,
    int? PaymentTermsDays = null);
