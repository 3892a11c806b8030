using Facturation.Application.Accounting.Exports;
using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Application.Payments;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Accounting;

/// <summary>
/// Voided payments in the bank journal (ADR-017): a payment voided within the exported period is left out with its
/// void; one voided in a later period stays in its own period and is reversed on the void date in the later one.
/// </summary>
public sealed class VoidedPaymentEntriesTests
{
    private static readonly Actor Biller = new("void-test", "Test annulation");
    private static readonly AccountingPeriod February = new(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28));
    private static readonly AccountingPeriod March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
    private static readonly AccountingPeriod FebruaryToMarch = new(February.From, March.To);

    [Fact]
    public async Task Payment_voided_in_a_later_period_is_reversed_on_its_void_date_on_sqlite()
    {
        await using var app = new ClockedFacturationApp();
        await ReversedInTheLaterPeriodAsync(app);
    }

    [PostgresFact]
    public async Task Payment_voided_in_a_later_period_is_reversed_on_its_void_date_on_postgresql()
    {
        await using var database = await PostgresDatabase.CreateAsync("fec-void");
        await using var app = new ClockedFacturationApp();
        app.With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", database.ConnectionString);
        await ReversedInTheLaterPeriodAsync(app);
    }

    [Fact]
    public async Task Payment_voided_within_the_period_produces_no_bank_entry_and_leaves_the_invoice_open()
    {
        await using var app = new ClockedFacturationApp();
        var data = await VoidedPaymentsAsync(app);

        var entries = await EntriesAsync(app, February);

        var bank = entries.Where(e => e.JournalCode == "BQ").ToList();
        Assert.DoesNotContain(bank, e => e.DocumentNumber.EndsWith(data.SameMonthReference, StringComparison.Ordinal));
        Assert.Equal([data.LaterVoidReference], bank.Select(e => e.DocumentNumber));
        Assert.Null(ReceivableOf(entries, data.SameMonthInvoice).Single().Letter);
        Assert.Equal(data.SameMonthGross, Balance(ReceivableOf(entries, data.SameMonthInvoice)));
    }

    [Fact]
    public async Task Payment_and_its_void_in_one_exported_period_cancel_out()
    {
        await using var app = new ClockedFacturationApp();
        var data = await VoidedPaymentsAsync(app);

        var entries = await EntriesAsync(app, FebruaryToMarch);

        Assert.DoesNotContain(entries, e => e.JournalCode == "BQ");
        Assert.All(entries, e => Assert.Equal(e.TotalDebit, e.TotalCredit));
        Assert.Equal(data.LaterVoidGross, Balance(ReceivableOf(entries, data.LaterVoidInvoice)));
        Assert.All(entries.SelectMany(e => e.Lines), l => Assert.Null(l.Letter));
    }

    private static async Task ReversedInTheLaterPeriodAsync(ClockedFacturationApp app)
    {
        var data = await VoidedPaymentsAsync(app);

        var february = await EntriesAsync(app, February);
        var march = await EntriesAsync(app, March);

        var payment = Assert.Single(february, e => e.JournalCode == "BQ");
        Assert.Equal(new DateOnly(2026, 2, 20), payment.Date);
        var settledLetter = Assert.Single(payment.Lines, l => l.Account == "411000").Letter;
        Assert.NotNull(settledLetter);
        Assert.Equal(settledLetter, ReceivableOf(february, data.LaterVoidInvoice).Single(l => l.Debit > 0).Letter);

        var reversal = Assert.Single(march);
        Assert.Equal(("BQ", 1, new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 5)), (reversal.JournalCode, reversal.Number, reversal.Date, reversal.ValidationDate));
        Assert.Equal($"ANN-{data.LaterVoidReference}", reversal.DocumentNumber);
        Assert.Equal([("512000", 0m, data.LaterVoidGross), ("411000", data.LaterVoidGross, 0m)], reversal.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.All(reversal.Lines, l => Assert.Null(l.Letter));
        Assert.StartsWith("Annulation règlement", reversal.Label, StringComparison.Ordinal);
        Assert.All(february.Concat(march), e => Assert.Equal(e.TotalDebit, e.TotalCredit));

        // Over both exports the invoice's customer account is back to its gross total, the bank to zero.
        Assert.Equal(data.LaterVoidGross, Balance(ReceivableOf(february.Concat(march), data.LaterVoidInvoice)));
        Assert.Equal(0m, february.Concat(march).Where(e => e.JournalCode == "BQ").SelectMany(e => e.Lines).Where(l => l.Account == "512000").Sum(l => l.Debit - l.Credit));

        // A re-export of the closed month is unchanged by the later void.
        Assert.Equal(payment, Assert.Single(await EntriesAsync(app, February), e => e.JournalCode == "BQ"), new EntryComparer());
    }

    private static IEnumerable<JournalLine> ReceivableOf(IEnumerable<JournalEntry> entries, string number) =>
        entries.SelectMany(e => e.Lines.Where(l => l.Account == "411000" && (e.DocumentNumber == number || l.Label.EndsWith(number, StringComparison.Ordinal))));

    private static decimal Balance(IEnumerable<JournalLine> lines) => lines.Sum(l => l.Debit - l.Credit);

    private static async Task<List<JournalEntry>> EntriesAsync(ClockedFacturationApp app, AccountingPeriod period) =>
        await app.WithScopeAsync(async s =>
        {
            var entries = new List<JournalEntry>();
            await foreach (var entry in s.GetRequiredService<AccountingEntries>().BuildAsync(period, default))
            {
                entries.Add(entry);
            }

            return entries;
        });

    /// <summary>
    /// February: invoice A paid on the 12th and that payment voided on the 14th; invoice B paid in full on the 20th,
    /// that payment voided on 5 March.
    /// </summary>
    private static async Task<VoidedPayments> VoidedPaymentsAsync(ClockedFacturationApp app)
    {
        app.CreateClient();
        var customerId = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var (sameMonth, sameMonthGross) = await IssueAsync(app, new DateOnly(2026, 2, 10), customerId, 250m);
        var sameMonthPayment = await PayAsync(app, new DateOnly(2026, 2, 12), customerId, sameMonth.Id, sameMonthGross, "VIR-A");
        await VoidAsync(app, new DateOnly(2026, 2, 14), sameMonthPayment);
        var (laterVoid, laterVoidGross) = await IssueAsync(app, new DateOnly(2026, 2, 11), customerId, 1000m);
        var laterPayment = await PayAsync(app, new DateOnly(2026, 2, 20), customerId, laterVoid.Id, laterVoidGross, "VIR-B");
        await VoidAsync(app, new DateOnly(2026, 3, 5), laterPayment);
        return new VoidedPayments(sameMonth.Number!, sameMonthGross, "VIR-A", laterVoid.Number!, laterVoidGross, "VIR-B");
    }

    private static async Task<(Invoice Invoice, decimal Gross)> IssueAsync(ClockedFacturationApp app, DateOnly date, int customerId, decimal price)
    {
        app.Clock.Set(date);
        var input = new InvoiceInput
        {
            CustomerId = customerId,
            IssueDate = date,
            PaymentTermsDays = 30,
            Lines = [new InvoiceLineInput { Description = "Conseil", Quantity = 1, UnitPrice = price, TaxCode = "TVA20", GlAccount = "706000" }],
        };
        var invoice = await app.WithScopeAsync(async s =>
        {
            var invoices = s.GetRequiredService<InvoiceService>();
            return await invoices.FinalizeAsync((await invoices.CreateDraftAsync(input, Biller, default)).Id, Biller, default);
        });
        return (invoice, invoice.TotalGross);
    }

    private static async Task<int> PayAsync(ClockedFacturationApp app, DateOnly date, int customerId, int invoiceId, decimal amount, string reference)
    {
        app.Clock.Set(date);
        var input = new PaymentInput
        {
            CustomerId = customerId,
            Date = date,
            Amount = amount,
            Method = PaymentMethod.Transfer,
            Reference = reference,
            Allocations = [new AllocationInput { InvoiceId = invoiceId, Amount = amount }],
        };
        return await app.WithScopeAsync(async s => (await s.GetRequiredService<PaymentService>().ReceiveAsync(input, Biller, default)).Id);
    }

    private static async Task VoidAsync(ClockedFacturationApp app, DateOnly date, int paymentId)
    {
        app.Clock.Set(date);
        await app.WithScopeAsync(async s => await s.GetRequiredService<PaymentService>().VoidAsync(paymentId, "Chèque impayé", Biller, default));
    }

    private sealed record VoidedPayments(string SameMonthInvoice, decimal SameMonthGross, string SameMonthReference, string LaterVoidInvoice, decimal LaterVoidGross, string LaterVoidReference);

    private sealed class EntryComparer : IEqualityComparer<JournalEntry>
    {
        public bool Equals(JournalEntry? x, JournalEntry? y) =>
            x is not null && y is not null && x with { Lines = [] } == y with { Lines = [] } && x.Lines.SequenceEqual(y.Lines);

        public int GetHashCode(JournalEntry obj) => obj.DocumentNumber.GetHashCode(StringComparison.Ordinal);
    }
}
