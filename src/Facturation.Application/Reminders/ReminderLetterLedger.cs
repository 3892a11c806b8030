using System.Globalization;
using Facturation.Application.Documents;
using Facturation.Documents.Ledgers;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Reminders;

/// <summary>
/// The optional PDF letter of a reminder level (ADR-020), printed with the invoices' letterhead through the ledger
/// layout: the overdue invoice with its dates, days late and remaining amount, the level's wording, and — at the
/// formal-notice (last) level — the late-payment penalty and, for French business customers, the 40 € indemnity.
/// Pure: the figures are those of <see cref="ReminderLetter"/>, so the letter, the e-mail and the audit entry agree.
/// </summary>
public static class ReminderLetterLedger
{
    public static LedgerDocument Of(ReminderLetter letter, Invoice invoice, Company company, Customer customer, bool formalNotice, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(customer);
        var remaining = invoice.Remaining;
        var totals = new List<(string, LedgerCell, bool)> { ("Reste dû", LedgerCell.Of(remaining), !formalNotice) };
        var notes = new List<string>();
        if (formalNotice)
        {
            totals.Add(($"Pénalités de retard au {Date(today)}", LedgerCell.Of(letter.Penalty), false));
            notes.Add($"Pénalités de retard : {letter.DaysLate} jours au taux annuel de {company.LatePaymentPenaltyRate.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"))} % sur le reste dû (art. L441-10 du Code de commerce).");
            if (letter.RecoveryIndemnity > 0)
            {
                totals.Add(("Indemnité forfaitaire de recouvrement", LedgerCell.Of(letter.RecoveryIndemnity), false));
                notes.Add("Indemnité forfaitaire pour frais de recouvrement due par tout professionnel en situation de retard de paiement (art. L441-10 et D441-5 du Code de commerce).");
            }

            totals.Add(("Total réclamé", LedgerCell.Of(remaining + letter.Penalty + letter.RecoveryIndemnity), true));
        }
        else
        {
            notes.Add("Si votre règlement nous est parvenu entre-temps, merci de ne pas tenir compte de cette lettre.");
        }

        return new LedgerDocument
        {
            Issuer = InvoiceSnapshotMapping.Issuer(company),
            Title = letter.Level.Name,
            HeadingFields = [("Date", Date(today)), ("Facture", invoice.DisplayNumber), ("Code client", customer.Code)],
            Addressee = ("Destinataire", InvoiceSnapshotMapping.CustomerBlock(customer)),
            Introduction = [$"Objet : {letter.Subject}", .. letter.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Columns = [new("Facture", 0), new("Date", 62), new("Échéance", 62), new("Jours de retard", 70, true), new("Montant TTC", 80, true), new("Reste dû", 80, true)],
            Rows =
            [
                [
                    LedgerCell.Of(invoice.DisplayNumber), LedgerCell.Of(invoice.IssueDate), LedgerCell.Of(invoice.DueDate),
                    LedgerCell.Of(letter.DaysLate.ToString(CultureInfo.InvariantCulture)), LedgerCell.Of(invoice.TotalGross), LedgerCell.Of(remaining),
                ],
            ],
            Totals = totals,
            Notes = notes,
            CurrencySymbol = invoice.Currency == Currency.CAD ? "$" : "€",
        };
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
