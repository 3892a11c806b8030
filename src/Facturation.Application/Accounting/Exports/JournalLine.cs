namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// One line of an accounting entry: an account with either a debit or a credit (never both, never negative).
/// <see cref="Letter"/> and <see cref="LetterDate"/> are set on the customer-account lines of settled documents
/// and of the payments that settled them; <see cref="CurrencyAmount"/> on documents in a foreign currency.
/// </summary>
public sealed record JournalLine(
    string Account,
    string AccountLabel,
    string? AuxiliaryAccount,
    string? AuxiliaryLabel,
    string Label,
    decimal Debit,
    decimal Credit,
    string? VatCode,
    string? Letter = null,
    DateOnly? LetterDate = null,
    decimal? CurrencyAmount = null,
    string? Currency = null);
