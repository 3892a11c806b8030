using System.Globalization;
using Facturation.Application.Documents;
using Facturation.Documents.Ledgers;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;

namespace Facturation.Application.Accounts;

/// <summary>What a statement of account prints (pure: statement + company + customer → ledger document).</summary>
public static class AccountStatementLedger
{
    public static LedgerDocument Of(AccountStatement statement, Company company, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(customer);
        static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return new LedgerDocument
        {
            Issuer = InvoiceSnapshotMapping.Issuer(company),
            Title = "Relevé de compte",
            HeadingFields = [("Période", $"{Date(statement.From)} – {Date(statement.To)}"), ("Établi le", Date(statement.IssuedOn)), ("Code client", customer.Code)],
            Addressee = ("Destinataire", InvoiceSnapshotMapping.CustomerBlock(customer)),
            Introduction = ["Veuillez trouver ci-dessous les mouvements de votre compte sur la période."],
            Columns =
            [
                new("Date", 62), new("Opération", 0), new("Échéance", 62),
                new("Débit", 72, true), new("Crédit", 72, true), new("Solde", 80, true),
            ],
            Rows = [.. statement.Entries.Select(e => (IReadOnlyList<LedgerCell>)
            [
                LedgerCell.Of(e.Date),
                LedgerCell.Of(AccountEntryLabels.Describe(e)),
                LedgerCell.Of(e.DueDate),
                e.Debit == 0m ? LedgerCell.Of(string.Empty) : LedgerCell.Of(e.Debit),
                e.Credit == 0m ? LedgerCell.Of(string.Empty) : LedgerCell.Of(e.Credit),
                LedgerCell.Of(e.Balance),
            ])],
            Totals =
            [
                ($"Solde au {Date(statement.From)}", LedgerCell.Of(statement.OpeningBalance), false),
                ("Total débit", LedgerCell.Of(statement.TotalDebit), false),
                ("Total crédit", LedgerCell.Of(statement.TotalCredit), false),
                ($"Solde au {Date(statement.To)}", LedgerCell.Of(statement.ClosingBalance), true),
            ],
            Notes = [$"{statement.Entries.Count} mouvement(s). Un solde positif est dû par le client ; un solde négatif est un crédit en sa faveur."],
            CurrencySymbol = company.Currency == Currency.CAD ? "$" : "€",
        };
    }
}
