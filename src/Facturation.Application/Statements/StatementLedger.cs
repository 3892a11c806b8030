using Facturation.Application.Documents;
using Facturation.Documents.Ledgers;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Statements;

namespace Facturation.Application.Statements;

/// <summary>What a statement prints (pure: statement + company + customer → ledger document).</summary>
public static class StatementLedger
{
    public static LedgerDocument Of(Statement statement, Company company, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(customer);
        return new LedgerDocument
        {
            Issuer = InvoiceSnapshotMapping.Issuer(company),
            Title = "Relevé de factures",
            HeadingFields = [("N°", statement.Number), ("Date", statement.IssueDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)), ("Code client", customer.Code)],
            Addressee = ("Destinataire", InvoiceSnapshotMapping.CustomerBlock(customer)),
            Introduction = ["Veuillez trouver ci-dessous le relevé des factures et avoirs suivants."],
            Columns =
            [
                new("Date", 62), new("Document", 0), new("Échéance", 62),
                new("Montant TTC", 80, true), new("Réglé", 80, true), new("Reste dû", 80, true),
            ],
            Rows = [.. statement.Lines.OrderBy(l => l.Position).Select(l => (IReadOnlyList<LedgerCell>)
            [
                LedgerCell.Of(l.IssueDate),
                LedgerCell.Of($"{(l.Kind == InvoiceKind.CreditNote ? "Avoir" : "Facture")} {l.DocumentNumber}"),
                LedgerCell.Of(l.DueDate),
                LedgerCell.Of(l.Gross), LedgerCell.Of(l.Paid), LedgerCell.Of(l.Remaining),
            ])],
            Totals = [("Total TTC des documents", LedgerCell.Of(statement.Total), false), ("Total dû", LedgerCell.Of(statement.Remaining), true)],
            Notes = [$"{statement.Lines.Count} document(s). Les avoirs sont comptés en négatif."],
            CurrencySymbol = company.Currency == Currency.CAD ? "$" : "€",
        };
    }
}
