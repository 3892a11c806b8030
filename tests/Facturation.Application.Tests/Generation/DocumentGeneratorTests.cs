using System.Globalization;
using Facturation.Application.Audit;
using Facturation.Application.Generation;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Numbering;
using Facturation.Application.Payments.Journal;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Domain.Payments;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Generation;

/// <summary>
/// <c>demo generate</c> (ADR-031) on a real database: the bulk-written history keeps every invariant the app keeps —
/// numbers gap-free per series and unique, counters following them, stored amounts equal to the lines and settlements,
/// the audit chain verifiable, list totals equal to the rows — is deterministic for a seed and refuses to run twice.
/// </summary>
public sealed class DocumentGeneratorTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    // The scheduled jobs would archive and remind the generated documents (audit entries) whenever their pass falls
    // during the test (first pass 10 s after start): this test is about the generator's own writes.
    private static readonly Dictionary<string, string> NoJobs = new() { ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task Sqlite_generated_history_keeps_every_invariant() => await AssertInvariantsAsync(await InvoicingDatabase.SqliteAsync(settings: NoJobs));

    [PostgresFact]
    public async Task PostgreSql_generated_history_keeps_every_invariant() => await AssertInvariantsAsync(await InvoicingDatabase.PostgresAsync(settings: NoJobs));

    [Fact]
    public async Task Generate_same_seed_same_documents_other_seed_others()
    {
        var first = await SnapshotAsync(seed: 42);
        var again = await SnapshotAsync(seed: 42);
        var other = await SnapshotAsync(seed: 43);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    private static async Task AssertInvariantsAsync(InvoicingDatabase database)
    {
        await using var _ = database;
        var result = await GenerateAsync(database, new GenerationRequest(Documents: 900, Customers: 30, Seed: 7));

        Assert.Equal(900, result.Documents);
        var documents = await database.WithDbAsync(db => db.Invoices.AsNoTracking().Include(i => i.History).AsSplitQuery().ToListAsync(Ct));
        Assert.Equal(900, documents.Count);

        // Status mix of a real business: mostly paid, some open and overdue, a few cancelled, about 6 % credit notes.
        var invoices = documents.Where(d => d.Kind == InvoiceKind.Invoice && !d.IsDraft).ToList();
        var creditNotes = documents.Count(d => d.Kind == InvoiceKind.CreditNote);
        Assert.InRange(creditNotes, 900 * 0.03, 900 * 0.09);
        Assert.True(invoices.Count(i => i.Status == InvoiceStatus.Paid) > invoices.Count / 2);
        Assert.Contains(invoices, i => i.Status == InvoiceStatus.Cancelled);
        Assert.Contains(invoices, i => i.Status == InvoiceStatus.PartiallyPaid);
        Assert.Contains(invoices, i => i.IsOverdue(DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime)));
        Assert.Contains(documents, d => d.IsDraft);
        Assert.True(documents.Select(d => d.IssueDate).Where(d => d is not null).Distinct().Count() > 300, "spread over several years");
        Assert.All(documents, d => Assert.InRange(d.Lines.Count, 1, 5));

        // Numbers: gap-free from 1 in each series, unique across series, and the counter continues after the last one.
        var series = await database.WithDbAsync(db => db.NumberingSeries.AsNoTracking().ToListAsync(Ct));
        var counters = await database.WithDbAsync(db => db.Set<NumberCounter>().AsNoTracking().ToListAsync(Ct));
        foreach (var kind in new[] { SeriesKind.Invoice, SeriesKind.CreditNote })
        {
            var seriesId = series.Single(s => s.Kind == kind).Id;
            var values = documents.Where(d => d.SeriesId == seriesId).Select(d => CounterOf(d.Number!)).Order().ToList();
            Assert.Equal(Enumerable.Range(1, values.Count), values);
            Assert.Equal(values.Count + 1, counters.Single(c => c.SeriesId == seriesId).NextValue);
        }

        Assert.Equal(documents.Count(d => !d.IsDraft), documents.Where(d => d.Number is not null).Select(d => d.Number).Distinct().Count());

        // Stored amounts are the lines' totals and the settlements recorded.
        var allocated = await database.WithDbAsync(db => db.Payments.AsNoTracking().SelectMany(p => p.Allocations).ToListAsync(Ct));
        var credits = await database.WithDbAsync(db => db.Set<CreditApplication>().AsNoTracking().ToListAsync(Ct));
        foreach (var document in documents)
        {
            var totals = InvoiceTotals.Of(document.Lines);
            Assert.Equal((totals.Net, totals.Tax, totals.Gross), (document.TotalNet, document.TotalTax, document.TotalGross));
            Assert.Equal(document.TotalGross - document.PaidAmount - document.CreditedAmount, document.Remaining);
            Assert.Equal(allocated.Where(a => a.InvoiceId == document.Id).Sum(a => a.Amount), document.PaidAmount);
            if (document.Type != InvoiceType.Cancellation && document.Status != InvoiceStatus.Cancelled)
            {
                Assert.Equal(credits.Where(c => c.InvoiceId == document.Id || c.CreditNoteId == document.Id).Sum(c => c.Amount), document.CreditedAmount);
            }
        }

        // The audit chain verifies: one data.generated entry, no issued-document entry to contradict.
        var audit = await database.WithAsync<AuditVerifier, AuditVerification>(v => v.VerifyAsync(Ct));
        Assert.True(audit.Intact, audit.Summary);
        Assert.Equal(AuditEvents.DataGenerated, await database.WithDbAsync(db => db.AuditEntries.Select(e => e.Event).SingleAsync(Ct)));

        // The list's footer totals are the sums of the rows.
        var page = await database.WithAsync<InvoiceListService, InvoiceListPage>(l => l.PageAsync(new InvoiceListQuery(), Ct));
        decimal Signed(Invoice d, decimal amount) => d.Kind == InvoiceKind.CreditNote ? -amount : amount;
        Assert.Equal(900, page.Summary.Count);
        Assert.Equal(documents.Sum(d => Signed(d, d.TotalNet)), page.Summary.Net);
        Assert.Equal(documents.Sum(d => Signed(d, d.TotalGross)), page.Summary.Gross);
        Assert.Equal(documents.Sum(d => Signed(d, d.Remaining)), page.Summary.Remaining);

        // The journal's footer (from its rollup, kept by triggers on the generator's raw inserts) is the sums of the payments.
        var payments = await database.WithDbAsync(db => db.Payments.AsNoTracking().IgnoreAutoIncludes().ToListAsync(Ct));
        var journal = await database.WithAsync<PaymentJournalService, PaymentJournalPage>(j => j.PageAsync(new PaymentJournalQuery(), Ct));
        Assert.Contains("PaymentJournalTotals", await database.WithAsync<PaymentJournalService, string>(j => Task.FromResult(j.SummarySql(new PaymentJournalQuery()))), StringComparison.Ordinal);
        Assert.Equal(
            new PaymentJournalSummary(
                payments.Count,
                payments.Where(p => p.Status == PaymentStatus.Recorded && p.Direction == PaymentDirection.Received).Sum(p => p.Amount),
                payments.Where(p => p.Status == PaymentStatus.Recorded && p.Direction == PaymentDirection.Refund).Sum(p => p.Amount),
                payments.Where(p => p.Status == PaymentStatus.Voided).Sum(p => p.Amount)),
            journal.Summary);
        Assert.True(journal.Summary.Received > 0);

        // The app carries on after the generated history: next number, new keys; a second generation is refused.
        var draft = (await database.CreateDraftsAsync(1)).Single();
        var issued = await database.FinalizeAsync(draft);
        var invoiceSeries = series.Single(s => s.Kind == SeriesKind.Invoice).Id;
        Assert.Equal(documents.Count(d => d.SeriesId == invoiceSeries) + 1, CounterOf(issued.Number!));
        var refused = await Assert.ThrowsAsync<DomainException>(() => GenerateAsync(database, new GenerationRequest(10, 2)));
        Assert.Equal("generate.not_empty", refused.Code);
    }

    private static async Task<List<string>> SnapshotAsync(int seed)
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await GenerateAsync(database, new GenerationRequest(Documents: 300, Customers: 12, Seed: seed));
        var rows = await database.WithDbAsync(db => db.Invoices.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new { Number = i.Number ?? i.ProformaNumber, i.CustomerId, i.Status, i.IssueDate, i.TotalGross, i.Remaining })
            .ToListAsync(Ct));
        return rows.Select(r => string.Join('|', r.Number, r.CustomerId, r.Status, r.IssueDate, r.TotalGross, r.Remaining)).ToList();
    }

    private static Task<GenerationResult> GenerateAsync(InvoicingDatabase database, GenerationRequest request) =>
        database.WithAsync<DocumentGenerator, GenerationResult>(g => g.GenerateAsync(request, null, Ct));

    private static int CounterOf(string number) => int.Parse(number[(number.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
