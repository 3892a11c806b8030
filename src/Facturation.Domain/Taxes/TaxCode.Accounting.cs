using Facturation.Domain.Common;
using Facturation.Domain.Companies;

namespace Facturation.Domain.Taxes;

public sealed partial class TaxCode
{
    /// <summary>The account its tax is credited to in the accounting exports; null for the company's default VAT account.</summary>
    public string? VatAccountNumber { get; private set; }

    public void AssignVatAccount(string? accountNumber, string field)
    {
        var number = Require.OptionalText(accountNumber, field, "Le compte de TVA", 20);
        if (number is not null && !AccountingSettings.IsAccountNumber(number))
        {
            throw new DomainException("accounting.account_number", "Le compte de TVA doit commencer par 3 chiffres du plan comptable (ex. 445712).", field);
        }

        VatAccountNumber = number;
    }
}
