using Facturation.Domain.Companies;
using Facturation.Domain.Taxes;

namespace Facturation.Application.Accounting;

/// <summary>The "Comptabilité" settings form: the accounts and journals of the exports, and a VAT account per tax code.</summary>
public sealed class AccountingSettingsInput
{
    public string? ReceivableAccount { get; set; }

    public string? CustomerAdvanceAccount { get; set; }

    public string? BankAccount { get; set; }

    public string? VatAccount { get; set; }

    public string? RevenueAccount { get; set; }

    public string? SalesJournal { get; set; }

    public string? BankJournal { get; set; }

    /// <summary>One row per tax code; an empty account means the default VAT account.</summary>
    public List<TaxCodeAccountInput> TaxCodes { get; set; } = [];

    public static AccountingSettingsInput From(AccountingSettings settings, IEnumerable<TaxCode> taxCodes)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(taxCodes);
        return new()
        {
            ReceivableAccount = settings.ReceivableAccount,
            CustomerAdvanceAccount = settings.CustomerAdvanceAccount,
            BankAccount = settings.BankAccount,
            VatAccount = settings.VatAccount,
            RevenueAccount = settings.RevenueAccount,
            SalesJournal = settings.SalesJournal,
            BankJournal = settings.BankJournal,
            TaxCodes = taxCodes.Select(t => new TaxCodeAccountInput { Code = t.Code, Label = t.Label, VatAccount = t.VatAccountNumber }).ToList(),
        };
    }

    public AccountingSettings ToSettings() => new(
        ReceivableAccount ?? string.Empty,
        CustomerAdvanceAccount ?? string.Empty,
        BankAccount ?? string.Empty,
        VatAccount ?? string.Empty,
        RevenueAccount ?? string.Empty,
        SalesJournal ?? string.Empty,
        BankJournal ?? string.Empty);
}
