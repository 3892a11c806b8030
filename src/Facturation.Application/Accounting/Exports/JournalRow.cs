namespace Facturation.Application.Accounting.Exports;

/// <summary>One row of the journal export (CSV and XLSX share it, so both files hold the same rows).</summary>
public sealed record JournalRow(
    string Journal,
    int EntryNumber,
    DateOnly Date,
    string DocumentNumber,
    string Account,
    string AccountLabel,
    string? AuxiliaryAccount,
    string? AuxiliaryLabel,
    string Label,
    decimal Debit,
    decimal Credit,
    string? VatCode,
    string? Letter)
{
    /// <summary>Column headers, in French for the accountant's software import screens.</summary>
    public static readonly IReadOnlyList<string> Headers =
    [
        "Journal", "N° écriture", "Date", "N° pièce", "Compte", "Libellé compte", "Compte auxiliaire", "Libellé auxiliaire",
        "Libellé", "Débit", "Crédit", "Code TVA", "Lettrage",
    ];

    public static async IAsyncEnumerable<JournalRow> Of(IAsyncEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await foreach (var entry in entries)
        {
            foreach (var line in entry.Lines)
            {
                yield return new JournalRow(
                    entry.JournalCode, entry.Number, entry.Date, entry.DocumentNumber, line.Account, line.AccountLabel, line.AuxiliaryAccount,
                    line.AuxiliaryLabel, line.Label, line.Debit, line.Credit, line.VatCode, line.Letter);
            }
        }
    }
}
