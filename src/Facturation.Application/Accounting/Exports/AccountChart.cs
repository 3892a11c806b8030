using Facturation.Domain.Companies;

namespace Facturation.Application.Accounting.Exports;

/// <summary>Account labels: the GL account's own label when it exists, else a standard PCG label for the settings' accounts.</summary>
internal sealed class AccountChart(IReadOnlyDictionary<string, string> labels, AccountingSettings settings)
{
    public string Label(string account)
    {
        if (labels.TryGetValue(account, out var label))
        {
            return label;
        }

        if (account == settings.ReceivableAccount)
        {
            return "Clients";
        }

        if (account == settings.CustomerAdvanceAccount)
        {
            return "Clients - Avances et acomptes reçus";
        }

        if (account == settings.BankAccount)
        {
            return "Banque";
        }

        if (account.StartsWith("4457", StringComparison.Ordinal))
        {
            return "TVA collectée";
        }

        return account.StartsWith("70", StringComparison.Ordinal) ? "Ventes" : account;
    }
}
