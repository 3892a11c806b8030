namespace Facturation.Application.Audit;

/// <summary>
/// Where the chain stops matching: the entry, the document it concerns, and the field with the value the journal
/// recorded (<see cref="Expected"/>) against what the database holds now (<see cref="Found"/>).
/// </summary>
public sealed record AuditBreak(long Sequence, string Event, string? DocumentNumber, string Field, string Expected, string Found);
