using Facturation.Application.Accounting.Exports;
using Facturation.Application.Data;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Accounting;

/// <summary>The entries built from the reference data set on a SQLite file: balance, numbering, accounts, lettering.</summary>
public sealed class AccountingEntriesTests(SqliteDatasetFixture fixture) : IClassFixture<SqliteDatasetFixture>
{
    private ExportedDataset Dataset => fixture.Dataset;

    private AccountingDataset Data => fixture.Dataset.Data;

    [Fact]
    public async Task Every_entry_and_the_whole_file_balance()
    {
        var entries = await Dataset.EntriesAsync();

        Assert.All(entries, e => Assert.Equal(e.TotalDebit, e.TotalCredit));
        Assert.Equal(entries.Sum(e => e.TotalDebit), entries.Sum(e => e.TotalCredit));
        Assert.All(entries.SelectMany(e => e.Lines), l => Assert.True((l.Debit > 0) ^ (l.Credit > 0), $"{l.Account} {l.Label}: exactly one of debit and credit"));
    }

    [Fact]
    public async Task Receivable_line_of_each_issued_document_is_its_gross_total()
    {
        var entries = await Dataset.EntriesAsync();
        var issued = await Dataset.WithServicesAsync(s => s.GetRequiredService<FacturationDb>().Invoices.AsNoTracking()
            .Where(i => i.Number != null && i.Status != InvoiceStatus.Abandoned && i.IssueDate >= AccountingDataset.From)
            .Select(i => new { i.Number, i.Kind, i.TotalGross }).ToListAsync());

        var sales = entries.Where(e => e.JournalCode == "VT").ToDictionary(e => e.DocumentNumber);
        Assert.Equal(issued.Count, sales.Count);
        foreach (var document in issued)
        {
            var receivable = Assert.Single(sales[document.Number!].Lines, l => l.Account == "411000");
            Assert.Equal(document.Kind == InvoiceKind.Invoice ? (document.TotalGross, 0m) : (0m, document.TotalGross), (receivable.Debit, receivable.Credit));
        }
    }

    [Fact]
    public async Task Entry_numbers_run_without_gap_per_journal_and_dates_are_in_order()
    {
        var entries = await Dataset.EntriesAsync();

        Assert.Equal(["VT", "BQ"], entries.Select(e => e.JournalCode).Distinct());
        foreach (var journal in entries.GroupBy(e => e.JournalCode))
        {
            Assert.Equal(Enumerable.Range(1, journal.Count()), journal.Select(e => e.Number));
            Assert.Equal(journal.Select(e => e.Date).Order(), journal.Select(e => e.Date));
            Assert.All(journal, e => Assert.Equal(e.Date, e.ValidationDate));
        }
    }

    [Fact]
    public async Task Drafts_abandoned_invoices_and_other_years_are_left_out_but_cancelled_ones_stay_with_their_credit_note()
    {
        var entries = await Dataset.EntriesAsync();
        var numbers = await Dataset.WithServicesAsync(s => s.GetRequiredService<FacturationDb>().Invoices.AsNoTracking()
            .ToDictionaryAsync(i => i.Id, i => i.Number ?? i.ProformaNumber));
        var documents = entries.Where(e => e.JournalCode == "VT").Select(e => e.DocumentNumber).ToList();

        Assert.DoesNotContain(numbers[Data.DraftId], documents);
        Assert.DoesNotContain(numbers[Data.AbandonedInvoiceId], documents);
        Assert.DoesNotContain(numbers[Data.PreviousYearInvoiceId], documents);
        Assert.Contains(numbers[Data.CancelledInvoiceId], documents);
        Assert.Contains(numbers[Data.CancellationId], documents);
    }

    [Fact]
    public async Task Settled_invoice_and_its_payment_share_a_letter_dated_by_the_payment()
    {
        var entries = await Dataset.EntriesAsync();
        var numbers = await NumbersAsync();
        var invoice = Receivable(entries, numbers[Data.PaidInvoiceId]);
        var payment = Assert.Single(entries.Where(e => e.JournalCode == "BQ").SelectMany(e => e.Lines), l => l.Account == "411000" && l.Label.EndsWith(numbers[Data.PaidInvoiceId], StringComparison.Ordinal));

        Assert.NotNull(invoice.Letter);
        Assert.Equal(invoice.Letter, payment.Letter);
        Assert.Equal(new DateOnly(2026, 2, 1), invoice.LetterDate);
        Assert.Equal(invoice.LetterDate, payment.LetterDate);
        Assert.Equal(2, entries.SelectMany(e => e.Lines).Count(l => l.Letter == invoice.Letter));
    }

    [Fact]
    public async Task Unsettled_or_half_exported_groups_stay_unlettered_and_credit_notes_letter_with_what_they_settle()
    {
        var entries = await Dataset.EntriesAsync();
        var numbers = await NumbersAsync();
        var receivables = entries.SelectMany(e => e.Lines).Where(l => l.Account == "411000").ToList();

        Assert.Null(Receivable(entries, numbers[Data.PartlyPaidInvoiceId]).Letter);
        Assert.Null(Assert.Single(receivables, l => l.Label.EndsWith(numbers[Data.PreviousYearInvoiceId], StringComparison.Ordinal)).Letter);
        var credited = Receivable(entries, numbers[Data.CreditedInvoiceId]);
        Assert.Equal(credited.Letter, Receivable(entries, numbers[Data.CreditNoteId]).Letter);
        Assert.Equal(new DateOnly(2026, 3, 20), credited.LetterDate);
        var cancelled = Receivable(entries, numbers[Data.CancelledInvoiceId]);
        Assert.NotNull(cancelled.Letter);
        Assert.Equal(cancelled.Letter, Receivable(entries, numbers[Data.CancellationId]).Letter);
        Assert.All(receivables.Where(l => l.Letter is not null).GroupBy(l => l.Letter), g => Assert.Equal(g.Sum(l => l.Debit), g.Sum(l => l.Credit)));
    }

    [Fact]
    public async Task Deposit_goes_to_customer_advances_and_the_balance_takes_it_back()
    {
        var entries = await Dataset.EntriesAsync();
        var numbers = await NumbersAsync();
        var deposit = entries.Single(e => e.DocumentNumber == numbers[Data.DepositId]);
        var balance = entries.Single(e => e.DocumentNumber == numbers[Data.BalanceId]);

        Assert.Equal(
            [("411000", 172.80m, 0m), ("419100", 0m, 144m), ("445710", 0m, 28.80m)],
            deposit.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.Equal((144m, 0m), balance.Lines.Where(l => l.Account == "419100").Select(l => (l.Debit, l.Credit)).Single());
        Assert.Equal(480m, balance.Lines.Where(l => l.Account.StartsWith("70", StringComparison.Ordinal)).Sum(l => l.Credit - l.Debit));
        Assert.Equal(Math.Round((480m - 144m) * 1.2m, 2), Receivable(entries, numbers[Data.BalanceId]).Debit);
    }

    [Fact]
    public async Task Credit_note_is_the_mirror_of_an_invoice_and_refund_debits_the_customer()
    {
        var entries = await Dataset.EntriesAsync();
        var numbers = await NumbersAsync();
        var creditNote = entries.Single(e => e.DocumentNumber == numbers[Data.RefundedCreditNoteId]);
        var refund = entries.Single(e => e.DocumentNumber == "VIR-REMB-01");

        Assert.Equal([("411000", 0m, 1200m), ("706000", 1000m, 0m), ("445710", 200m, 0m)], creditNote.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.Equal([("512000", 0m, 1200m), ("411000", 1200m, 0m)], refund.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.NotNull(refund.Lines[1].Letter);
    }

    [Fact]
    public async Task Foreign_currency_document_carries_its_currency_amount()
    {
        var entries = await Dataset.EntriesAsync();
        var numbers = await NumbersAsync();
        var foreign = entries.Single(e => e.DocumentNumber == numbers[Data.ForeignInvoiceId]);

        Assert.All(foreign.Lines, l => Assert.Equal(("CAD", l.Debit + l.Credit), (l.Currency, l.CurrencyAmount!.Value)));
        Assert.Equal(["TPS", "TVQ"], foreign.Lines.Where(l => l.Account == "445710").Select(l => l.Label.Split(' ')[^3]));
    }

    [Fact]
    public async Task A_period_selects_documents_and_payments_by_their_own_date()
    {
        var firstQuarter = new AccountingPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

        var entries = await Dataset.EntriesAsync(firstQuarter);

        Assert.All(entries, e => Assert.InRange(e.Date, firstQuarter.From, firstQuarter.To));
        Assert.Equal(4, entries.Count(e => e.JournalCode == "VT"));
        Assert.Equal(4, entries.Count(e => e.JournalCode == "BQ"));
    }

    private static JournalLine Receivable(List<JournalEntry> entries, string documentNumber) =>
        entries.Single(e => e.JournalCode == "VT" && e.DocumentNumber == documentNumber).Lines.Single(l => l.Account == "411000");

    private Task<Dictionary<int, string>> NumbersAsync() =>
        Dataset.WithServicesAsync(s => s.GetRequiredService<FacturationDb>().Invoices.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Number ?? i.ProformaNumber));
}
