using Facturation.Documents.Layout;

namespace Facturation.Documents.Ledgers;

/// <summary>One cell of a ledger: text, a date or an amount, formatted the French way by the renderer.</summary>
public readonly record struct LedgerCell(string? Text, DateOnly? Date, decimal? Amount)
{
    public static LedgerCell Of(string? text) => new(text, null, null);

    public static LedgerCell Of(DateOnly? date) => new(null, date, null);

    public static LedgerCell Of(decimal amount) => new(null, null, amount);

    internal string Format(string currencySymbol) =>
        Amount is { } amount ? DocumentFormat.Amount(amount, currencySymbol).TrimEnd()
        : Date is { } date ? DocumentFormat.Date(date)
        : Text ?? string.Empty;
}
