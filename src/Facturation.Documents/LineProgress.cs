namespace Facturation.Documents;

/// <summary>Progress of a situation line, in percent: before this document, in it, and cumulated.</summary>
public sealed record LineProgress(decimal PreviousPercent, decimal CurrentPercent, decimal CumulativePercent);
