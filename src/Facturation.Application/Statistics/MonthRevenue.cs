namespace Facturation.Application.Statistics;

public sealed record MonthRevenue(int Year, int Month, decimal Revenue);
