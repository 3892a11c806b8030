using Facturation.Domain.Companies;
using FluentValidation;

namespace Facturation.Application.Accounting;

public sealed class AccountingSettingsInputValidator : AbstractValidator<AccountingSettingsInput>
{
    private const string AccountMessage = "Numéro de compte invalide : 3 chiffres du plan comptable puis des chiffres ou lettres (ex. 411000).";

    public AccountingSettingsInputValidator()
    {
        RuleFor(s => s.ReceivableAccount).Must(AccountingSettings.IsAccountNumber).WithMessage(AccountMessage);
        RuleFor(s => s.CustomerAdvanceAccount).Must(AccountingSettings.IsAccountNumber).WithMessage(AccountMessage);
        RuleFor(s => s.BankAccount).Must(AccountingSettings.IsAccountNumber).WithMessage(AccountMessage);
        RuleFor(s => s.VatAccount).Must(AccountingSettings.IsAccountNumber).WithMessage(AccountMessage);
        RuleFor(s => s.RevenueAccount).Must(AccountingSettings.IsAccountNumber).WithMessage(AccountMessage);
        RuleFor(s => s.SalesJournal).NotEmpty().WithMessage("Le code du journal est obligatoire.").Matches("^[0-9A-Za-z]{1,10}$").WithMessage("Lettres et chiffres, 10 au plus.");
        RuleFor(s => s.BankJournal).NotEmpty().WithMessage("Le code du journal est obligatoire.").Matches("^[0-9A-Za-z]{1,10}$").WithMessage("Lettres et chiffres, 10 au plus.");
        RuleForEach(s => s.TaxCodes).ChildRules(row =>
            row.RuleFor(r => r.VatAccount).Must(a => string.IsNullOrWhiteSpace(a) || AccountingSettings.IsAccountNumber(a.Trim())).WithMessage(AccountMessage));
    }
}
