namespace Facturation.Documents;

/// <summary>Totals HT / taxes / TTC; what was already paid and what remains when payments exist.</summary>
public sealed record DocumentTotals(decimal Net, decimal Tax, decimal Gross, decimal? AlreadyPaid = null, decimal? AmountDue = null);
