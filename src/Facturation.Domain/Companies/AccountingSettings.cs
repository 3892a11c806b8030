using System.Text.RegularExpressions;
using Facturation.Domain.Common;

namespace Facturation.Domain.Companies;

/// <summary>
/// The accounts and journals the accounting exports (FEC, journal CSV/XLSX) book sales and receipts on
/// (ADR-017). Revenue lines use the line's GL account and fall back on <see cref="RevenueAccount"/>; VAT uses
/// the tax code's own account when it has one, else <see cref="VatAccount"/>.
/// </summary>
public sealed partial record AccountingSettings(
    string ReceivableAccount,
    string CustomerAdvanceAccount,
    string BankAccount,
    string VatAccount,
    string RevenueAccount,
    string SalesJournal,
    string BankJournal)
{
    public static AccountingSettings Default { get; } = new("411000", "419100", "512000", "445710", "706000", "VT", "BQ");

    /// <summary>A chart-of-accounts number: digits (letters allowed after them), starting with the 3-digit PCG class.</summary>
    public static bool IsAccountNumber(string? value) => value is not null && AccountPattern().IsMatch(value);

    public AccountingSettings Validated() => this with
    {
        ReceivableAccount = Account(ReceivableAccount, nameof(ReceivableAccount), "Le compte clients"),
        CustomerAdvanceAccount = Account(CustomerAdvanceAccount, nameof(CustomerAdvanceAccount), "Le compte d'acomptes clients"),
        BankAccount = Account(BankAccount, nameof(BankAccount), "Le compte de banque"),
        VatAccount = Account(VatAccount, nameof(VatAccount), "Le compte de TVA collectée"),
        RevenueAccount = Account(RevenueAccount, nameof(RevenueAccount), "Le compte de produits par défaut"),
        SalesJournal = Journal(SalesJournal, nameof(SalesJournal), "Le code du journal des ventes"),
        BankJournal = Journal(BankJournal, nameof(BankJournal), "Le code du journal de banque"),
    };

    private static string Account(string? value, string field, string label)
    {
        var number = Require.Text(value, field, label, 20);
        return IsAccountNumber(number)
            ? number
            : throw new DomainException("accounting.account_number", $"{label} doit commencer par 3 chiffres du plan comptable (ex. 411000) et ne contenir que des chiffres et des lettres.", field);
    }

    private static string Journal(string? value, string field, string label)
    {
        var code = Require.Text(value, field, label, 10).ToUpperInvariant();
        return JournalPattern().IsMatch(code)
            ? code
            : throw new DomainException("accounting.journal_code", $"{label} ne contient que des lettres et des chiffres.", field);
    }

    [GeneratedRegex("^[0-9]{3}[0-9A-Za-z]{0,17}$")]
    private static partial Regex AccountPattern();

    [GeneratedRegex("^[0-9A-Z]{1,10}$")]
    private static partial Regex JournalPattern();
}
