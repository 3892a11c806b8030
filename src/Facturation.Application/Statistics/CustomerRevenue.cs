namespace Facturation.Application.Statistics;

public sealed record CustomerRevenue(int CustomerId, string Name, decimal Revenue);
