namespace Facturation.Application.Statistics;

/// <summary>Revenue of one activity; <see cref="ActivityId"/> null: documents without an activity.</summary>
public sealed record ActivityRevenue(int? ActivityId, string? Code, string Name, decimal Revenue);
