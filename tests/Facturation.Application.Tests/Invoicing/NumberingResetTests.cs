using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>Counters restart with the period of the issue date; issued documents stay frozen in the database.</summary>
public sealed class NumberingResetTests
{
    [Fact]
    public async Task Sqlite_yearly_reset_restarts_at_one_in_the_new_year()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertYearlyResetAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_yearly_reset_restarts_at_one_in_the_new_year()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertYearlyResetAsync(database);
    }

    [Fact]
    public async Task Sqlite_default_series_never_resets_its_counter()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();

        var numbers = await FinalizeInOrderAsync(database, new(2025, 11, 30), new(2025, 12, 1), new(2026, 1, 2));

        // Dolibarr's default: the month is in the number, the counter runs on without reset (seed 004).
        Assert.Equal(["FA2511-0001", "FA2512-0002", "FA2601-0003"], numbers);
    }

    [Fact]
    public async Task Sqlite_monthly_reset_restarts_at_one_each_month()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertMonthlyResetAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_monthly_reset_restarts_at_one_each_month()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertMonthlyResetAsync(database);
    }

    [Fact]
    public async Task Sqlite_frozen_document_refuses_direct_changes_but_allows_status()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertFrozenAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_frozen_document_refuses_direct_changes_but_allows_status()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertFrozenAsync(database);
    }

    private static Task<int> ChangeInvoiceSeriesAsync(InvoicingDatabase database, string mask, ResetPolicy reset) =>
        database.WithDbAsync(async db =>
        {
            var series = await db.NumberingSeries.SingleAsync(s => s.Kind == SeriesKind.Invoice);
            series.Change(mask, reset, new DateOnly(2025, 1, 1), hasGivenNumbers: false);
            return await db.SaveChangesAsync();
        });

    private static async Task AssertYearlyResetAsync(InvoicingDatabase database)
    {
        await ChangeInvoiceSeriesAsync(database, "F{yyyy}-{0000}", ResetPolicy.Yearly);

        var numbers = await FinalizeInOrderAsync(database, new(2025, 12, 15), new(2025, 12, 20), new(2026, 1, 5));

        Assert.Equal(["F2025-0001", "F2025-0002", "F2026-0001"], numbers);
    }

    private static async Task AssertMonthlyResetAsync(InvoicingDatabase database)
    {
        await ChangeInvoiceSeriesAsync(database, "FA{yy}{mm}-{0000}", ResetPolicy.Monthly);

        var numbers = await FinalizeInOrderAsync(database, new(2025, 11, 30), new(2025, 12, 1), new(2025, 12, 2));

        Assert.Equal(["FA2511-0001", "FA2512-0001", "FA2512-0002"], numbers);
    }

    private static async Task AssertFrozenAsync(InvoicingDatabase database)
    {
        var issued = (await FinalizeInOrderAsync(database, new DateOnly(2025, 11, 30))).Single();
        var id = await database.WithDbAsync(db => db.Invoices.Where(i => i.Number == issued).Select(i => i.Id).SingleAsync());

        var number = await FrozenErrorAsync(database, db => db.Invoices.SingleAsync(i => i.Id == id), (db, invoice) => db.Entry(invoice).Property(i => i.Number).CurrentValue = "HACK-1");
        var line = await FrozenErrorAsync(database, db => db.Invoices.SingleAsync(i => i.Id == id), (db, invoice) => db.Entry(invoice.Lines[0]).Property(l => l.UnitPrice).CurrentValue = 1m);
        var lineAlone = await FrozenErrorAsync(
            database,
            db => db.Set<InvoiceLine>().Where(l => EF.Property<int>(l, "InvoiceId") == id).FirstAsync(),
            (db, invoiceLine) => db.Entry(invoiceLine).Property(l => l.Description).CurrentValue = "Changée");
        var deletion = await FrozenErrorAsync(database, db => db.Invoices.SingleAsync(i => i.Id == id), (db, invoice) => db.Invoices.Remove(invoice));
        await database.WithDbAsync(async db =>
        {
            var invoice = await db.Invoices.SingleAsync(i => i.Id == id);
            db.Entry(invoice).Property(i => i.Status).CurrentValue = InvoiceStatus.Sent;
            return await db.SaveChangesAsync();
        });
        var saved = await database.WithDbAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id));

        Assert.All(new[] { number, line, lineAlone, deletion }, e => Assert.Equal("invoice.frozen", e.Code));
        Assert.Equal(InvoiceStatus.Sent, saved.Status);
        Assert.Equal("FA2511-0001", saved.Number);
        Assert.Equal(400m, saved.Totals.Net);
        Assert.Equal("Prestation", saved.Lines[0].Description);
    }

    private static async Task<DomainException> FrozenErrorAsync<T>(InvoicingDatabase database, Func<FacturationDb, Task<T>> load, Action<FacturationDb, T> change) =>
        await database.WithDbAsync(async db =>
        {
            var entity = await load(db);
            change(db, entity);
            return await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync());
        });

    /// <summary>Creates and finalizes one draft per date, in date order as the series requires.</summary>
    private static async Task<List<string>> FinalizeInOrderAsync(InvoicingDatabase database, params DateOnly[] issueDates)
    {
        var numbers = new List<string>();
        foreach (var date in issueDates)
        {
            // Issued on its date: a document is dated the day it is issued (ADR-011).
            database.Clock.SetDay(date);
            var id = (await database.CreateDraftsAsync(1, customer => InvoicingDatabase.DraftInput(customer, date))).Single();
            await using var scope = database.NewInstance();
            numbers.Add((await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None)).Number!);
        }

        return numbers;
    }
}
