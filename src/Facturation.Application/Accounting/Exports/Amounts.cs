using Facturation.Domain.Companies;

namespace Facturation.Application.Accounting.Exports;

/// <summary>Turns a signed amount (positive = debit) into a journal line with the amount on the right side.</summary>
internal static class Amounts
{
    public static JournalLine Line(string account, string accountLabel, string? auxiliary, string? auxiliaryLabel, string label, decimal signed, string? vatCode, Currency? foreign) =>
        new(
            account,
            accountLabel,
            auxiliary,
            auxiliaryLabel,
            label,
            signed > 0 ? signed : 0m,
            signed < 0 ? -signed : 0m,
            vatCode,
            CurrencyAmount: foreign is null ? null : Math.Abs(signed),
            Currency: foreign?.ToString());
}
