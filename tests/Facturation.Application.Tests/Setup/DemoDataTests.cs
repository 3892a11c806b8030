using System.Diagnostics;
using System.Globalization;
using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Mail;
using Facturation.Application.Reminders;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Facturation.Application.Tests.Setup;

/// <summary>
/// The first-run demo activity (ADR-030), played through the domain services on a fresh database: every legal and
/// stored invariant holds afterwards, and the data covers what a newcomer should be able to try.
/// </summary>
public sealed class DemoDataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SeedOnFirstRun_Sqlite_HoldsEveryInvariantAndCoversEveryCase()
    {
        await using var app = DemoApp();
        await AssertDemoAsync(app);
    }

    [PostgresFact]
    public async Task SeedOnFirstRun_PostgreSql_HoldsEveryInvariantAndCoversEveryCase()
    {
        await using var database = await PostgresDatabase.CreateAsync("demo");
        await using var app = DemoApp().With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", database.ConnectionString);
        await AssertDemoAsync(app);
    }

    private static FacturationApp DemoApp() => new FacturationApp()
        .With("Facturation:SeedDemoInvoices", "true")
        .With("Jobs:Enabled", "false")
        .With("Outbox:Enabled", "false")
        .With("Webhooks:Enabled", "false");

    private async Task AssertDemoAsync(FacturationApp app)
    {
        var watch = Stopwatch.StartNew();
        app.CreateClient();
        output.WriteLine($"First run with demo data: {watch.Elapsed.TotalSeconds:0.0} s");

        var today = await app.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<IBusinessClock>().Today));
        var invoices = await Db(app, db => db.Invoices.AsNoTracking().ToListAsync());
        output.WriteLine($"{invoices.Count} documents, {invoices.Count(i => i.Number is not null)} issued");
        Assert.InRange(invoices.Count, 200, 600);
        Assert.Equal(today.AddMonths(-18), invoices.Where(i => i.IssueDate is not null).Min(i => i.IssueDate!.Value), new DayTolerance(31));
        Assert.True(invoices.Where(i => i.IssueDate is not null).Max(i => i.IssueDate!.Value) <= today);

        AssertGapFreeNumbering(invoices);
        await AssertStoredAmountsAsync(app, invoices);
        var audit = await app.WithScopeAsync(s => s.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None));
        Assert.True(audit.Intact, audit.Summary);

        // Every status a newcomer meets, credit notes, proformas, payments by several methods.
        var statuses = invoices.Where(i => i.Kind == InvoiceKind.Invoice).Select(i => i.Status).ToHashSet();
        Assert.Superset(statuses, new[] { InvoiceStatus.Draft, InvoiceStatus.Final, InvoiceStatus.Sent, InvoiceStatus.PartiallyPaid, InvoiceStatus.Paid, InvoiceStatus.Cancelled }.ToHashSet());
        Assert.Contains(invoices, i => i.IsDraft && i.ProformaSentAtUtc is not null);
        Assert.Contains(invoices, i => i.Kind == InvoiceKind.CreditNote && i.Type == InvoiceType.Cancellation);
        Assert.Contains(invoices, i => i.Kind == InvoiceKind.CreditNote && i.Type != InvoiceType.Cancellation && i.Number is not null);
        var methods = await Db(app, db => db.Payments.AsNoTracking().Select(p => p.Method).Distinct().ToListAsync());
        Assert.True(methods.Count >= 4, string.Join(", ", methods));

        // A dossier billed by a deposit and situations; a recurring template that generated its months.
        Assert.Contains(invoices, i => i.Type == InvoiceType.Deposit && i.Number is not null);
        Assert.True(invoices.Count(i => i.Type == InvoiceType.Situation && i.Number is not null) >= 2);
        var occurrences = await Db(app, db => db.RecurringInvoiceOccurrences.CountAsync(o => o.InvoiceId != null));
        Assert.InRange(occurrences, 15, 18);
        Assert.True(await Db(app, db => db.RecurringInvoiceTemplates.AllAsync(t => t.NextDate > today)));

        // E-mails are recorded as delivered, none waits to be sent to anyone.
        var outbox = await Db(app, db => db.OutboxMessages.AsNoTracking().Select(m => m.Status).ToListAsync());
        Assert.True(outbox.Count > 100);
        Assert.All(outbox, status => Assert.Equal(OutboxStatus.Sent, status));
        Assert.True(await Db(app, db => db.AuditEntries.AnyAsync(e => e.Event == AuditEvents.InvoiceReminderSent)));

        // Overdue invoices at each reminder level, and something due today at each level, each invoice once.
        var overdue = invoices.Where(i => i.Kind == InvoiceKind.Invoice && i.IsOpen && i.Remaining > 0 && i.DueDate < today).ToList();
        Assert.Superset(overdue.Select(i => i.LastReminderLevel ?? 0).ToHashSet(), new HashSet<int> { 0, 1, 2, 3 });
        var due = await app.WithScopeAsync(s => s.GetRequiredService<ReminderService>().DueAsync(CancellationToken.None));
        Assert.Superset(due.Select(d => d.Level).ToHashSet(), new HashSet<int> { 1, 2, 3 });
        Assert.Equal(due.Count, due.Select(d => d.InvoiceId).Distinct().Count());
        Assert.All(due, d => Assert.True(d.Level > (d.LastReminderLevel ?? 0)));
        var sentLevels = await Db(app, db => db.PaymentReminders.AsNoTracking().Select(r => new { r.InvoiceId, r.Level }).ToListAsync());
        Assert.Equal(sentLevels.Count, sentLevels.Distinct().Count());
    }

    /// <summary>Per series, the numbers are 1..n with no gap, in the order of the issue dates.</summary>
    private static void AssertGapFreeNumbering(List<Invoice> invoices)
    {
        foreach (var series in invoices.Where(i => i.Number is not null).GroupBy(i => i.SeriesId))
        {
            var ordered = series.Select(i => (Counter: Counter(i.Number!), Date: i.IssueDate!.Value)).OrderBy(n => n.Counter).ToList();
            Assert.Equal(Enumerable.Range(1, ordered.Count), ordered.Select(n => n.Counter));
            Assert.Equal(ordered.Select(n => n.Date).Order(), ordered.Select(n => n.Date));
        }

        Assert.Equal(invoices.Count(i => i.Number is not null), invoices.Select(i => i.Number).OfType<string>().Distinct().Count());
    }

    private static int Counter(string number) =>
        int.Parse(new string(number.Reverse().TakeWhile(char.IsDigit).Reverse().ToArray()), CultureInfo.InvariantCulture);

    /// <summary>Stored totals equal the lines' totals; what was paid equals the recorded payments' allocations.</summary>
    private static async Task AssertStoredAmountsAsync(FacturationApp app, List<Invoice> invoices)
    {
        var withLines = await Db(app, db => db.Invoices.AsNoTracking().Include(i => i.Lines).ToListAsync());
        var allocated = await Db(app, db => db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Recorded)
            .SelectMany(p => p.Allocations).GroupBy(a => a.InvoiceId).Select(g => new { g.Key, Amount = g.Sum(a => a.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Amount));
        Assert.Equal(invoices.Count, withLines.Count);
        foreach (var invoice in withLines)
        {
            Assert.Equal(invoice.Totals.Net, invoice.TotalNet);
            Assert.Equal(invoice.Totals.Tax, invoice.TotalTax);
            Assert.Equal(invoice.Totals.Gross, invoice.TotalGross);
            Assert.Equal(invoice.Totals.Gross - invoice.PaidAmount - invoice.CreditedAmount, invoice.Remaining);
            if (invoice.Kind == InvoiceKind.Invoice)
            {
                Assert.Equal(allocated.GetValueOrDefault(invoice.Id), invoice.PaidAmount);
            }
        }
    }

    private static Task<T> Db<T>(FacturationApp app, Func<FacturationDb, Task<T>> query) =>
        app.WithScopeAsync(s => query(s.GetRequiredService<FacturationDb>()));

    private sealed class DayTolerance(int days) : IEqualityComparer<DateOnly>
    {
        public bool Equals(DateOnly x, DateOnly y) => Math.Abs(x.DayNumber - y.DayNumber) <= days;

        public int GetHashCode(DateOnly obj) => 0;
    }
}
