using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// The sales-journal entry of an issued document. An invoice debits the customer account (411, auxiliary account
/// = customer code) with its gross total and credits revenue per GL account and tax code (net) and VAT per tax
/// code and rate; a credit note is the mirror image. Deposits are advances, not revenue (ADR-010): their net goes
/// to the customer-advance account (4191), and a later invoice's lines deducting a deposit debit 4191 back; a
/// credit note correcting a deposit reverses 4191 too.
/// </summary>
internal sealed class SalesEntries(
    AccountingSettings settings,
    AccountChart chart,
    IReadOnlyDictionary<string, string> vatAccounts,
    Currency companyCurrency,
    Lettering lettering)
{
    public JournalEntry Entry(Invoice document, int number, CustomerAccount customer, IReadOnlySet<int> deposits)
    {
        var creditNote = document.Kind == InvoiceKind.CreditNote;
        var sign = creditNote ? -1m : 1m;
        var label = $"{(creditNote ? "Avoir" : "Facture")} {document.Number} {customer.Name}";
        Currency? foreign = document.Currency == companyCurrency ? null : document.Currency;
        var totals = document.Totals;
        var letter = lettering.OfDocument(document.Id);

        var lines = new List<JournalLine>
        {
            Amounts.Line(settings.ReceivableAccount, chart.Label(settings.ReceivableAccount), customer.Code, customer.Name, label, sign * totals.Gross, null, foreign)
                with { Letter = letter?.Code, LetterDate = letter?.Date },
        };

        var advances = !document.IsRevenue || (creditNote && document.OriginInvoiceId is { } origin && deposits.Contains(origin));
        var revenue = document.Lines
            .Where(l => l.Kind == LineKind.Item && l.Net != 0m)
            .GroupBy(l => (Account: advances || (l.DeductedInvoiceId is { } deducted && deposits.Contains(deducted)) ? settings.CustomerAdvanceAccount : l.GlAccountNumber ?? settings.RevenueAccount, TaxCode: l.Tax?.Code))
            .OrderBy(g => g.Key.Account, StringComparer.Ordinal).ThenBy(g => g.Key.TaxCode, StringComparer.Ordinal)
            .Select(g => Amounts.Line(g.Key.Account, chart.Label(g.Key.Account), null, null, label, -sign * g.Sum(l => l.Net), g.Key.TaxCode, foreign));
        lines.AddRange(revenue.Where(l => l.Debit != 0m || l.Credit != 0m));

        foreach (var tax in totals.Breakdown.Where(r => r.Amount != 0m))
        {
            var account = vatAccounts.TryGetValue(tax.TaxCode, out var own) ? own : settings.VatAccount;
            var rate = tax.Rate.ToString("0.###", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
            lines.Add(Amounts.Line(account, chart.Label(account), null, null, $"{label} {tax.Component} {rate} %", -sign * tax.Amount, tax.TaxCode, foreign));
        }

        var date = document.IssueDate!.Value;
        return new JournalEntry(settings.SalesJournal, "Ventes", number, date, document.Number!, date, label, date, lines);
    }
}
