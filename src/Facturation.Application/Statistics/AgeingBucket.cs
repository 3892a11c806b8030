namespace Facturation.Application.Statistics;

/// <summary>Overdue invoices whose due date is <see cref="MinDays"/> to <see cref="MaxDays"/> days past (null: no upper bound).</summary>
public sealed record AgeingBucket(string Key, int MinDays, int? MaxDays, decimal Amount, int Count);
