namespace Facturation.Application.Statistics;

public sealed record AmountCount(decimal Amount, int Count);
