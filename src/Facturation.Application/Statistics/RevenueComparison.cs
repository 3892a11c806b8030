namespace Facturation.Application.Statistics;

/// <summary>Revenue HT over [From, To] and over the same dates one year earlier.</summary>
public sealed record RevenueComparison(DateOnly From, DateOnly To, decimal Revenue, DateOnly PreviousFrom, DateOnly PreviousTo, decimal PreviousRevenue);
