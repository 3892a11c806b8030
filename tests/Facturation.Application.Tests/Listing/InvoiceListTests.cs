using Facturation.Application.Corrections;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Payments;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Testing;

namespace Facturation.Application.Tests.Listing;

/// <summary>
/// The list at scale (ADR-022) on a real database: footer totals over every filtered row equal the sum of every
/// page (OFFSET and keyset paging), credit notes count negative, quick filters combine, any column sorts, and the
/// SQL never reads the lines.
/// </summary>
public sealed class InvoiceListTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Sqlite_list_totals_filters_sort_and_sql() => await AssertListAsync(await InvoicingDatabase.SqliteAsync());

    [PostgresFact]
    public async Task PostgreSql_list_totals_filters_sort_and_sql() => await AssertListAsync(await InvoicingDatabase.PostgresAsync());

    private static async Task AssertListAsync(InvoicingDatabase database)
    {
        await using var _ = database;
        var drafts = await database.CreateDraftsAsync(3);
        var issued = await database.CreateDraftsAsync(6);
        foreach (var id in issued)
        {
            await database.FinalizeAsync(id);
        }

        var creditNote = await database.WithAsync<CorrectionService, Invoice>(s => s.CreateCreditNoteAsync(issued[0], new CreditNoteInput { Type = InvoiceType.Corrective, Amount = 50m }, InvoicingDatabase.Biller, Ct));
        await database.FinalizeAsync(creditNote.Id);
        await database.WithAsync<CorrectionService, (Invoice, Invoice)>(s => s.CancelAsync(issued[1], "Erreur", InvoicingDatabase.Biller, Ct));

        // 3 drafts + 6 invoices of 480 TTC (400 HT); credit note 60 TTC; cancellation credit note 480 TTC.
        var all = await PageAsync(database, new InvoiceListQuery(PageSize: 4));
        Assert.Equal(11, all.Summary.Count);
        Assert.Equal((9 * 400m) - 50m - 400m, all.Summary.Net);
        Assert.Equal((9 * 480m) - 60m - 480m, all.Summary.Gross);
        Assert.Equal(all.Summary.Net + all.Summary.Tax, all.Summary.Gross);

        var byOffset = new List<InvoiceListRow>();
        for (var page = 1; page <= 3; page++)
        {
            byOffset.AddRange((await PageAsync(database, new InvoiceListQuery(Page: page, PageSize: 4))).Rows.Items);
        }

        var byCursor = new List<InvoiceListRow>();
        string? after = null;
        do
        {
            var page = await PageAsync(database, new InvoiceListQuery(PageSize: 4, After: after));
            byCursor.AddRange(page.Rows.Items);
            after = page.NextCursor;
        }
        while (after is not null);

        Assert.Equal(11, byOffset.Select(r => r.Id).Distinct().Count());
        Assert.Equal(byOffset.Select(r => r.Id), byCursor.Select(r => r.Id));
        Assert.Equal(all.Summary.Net, byOffset.Sum(r => r.Net));
        Assert.Equal(all.Summary.Tax, byOffset.Sum(r => r.Tax));
        Assert.Equal(all.Summary.Gross, byOffset.Sum(r => r.Gross));
        Assert.Equal(all.Summary.Remaining, byOffset.Sum(r => r.Remaining));
        Assert.All(byOffset.Where(r => r.Kind == InvoiceKind.CreditNote), r => Assert.True(r.Gross < 0));

        // The payment method column: the latest recorded payment's, a voided one ignored (read within the page query).
        var customerId = (await PageAsync(database, new InvoiceListQuery(PageSize: 50))).Rows.Items.Single(r => r.Id == issued[2]).CustomerId;
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        await ReceiveAsync(database, customerId, issued[2], today.AddDays(-2), PaymentMethod.Cheque);
        await ReceiveAsync(database, customerId, issued[2], today.AddDays(-1), PaymentMethod.Transfer);
        var voided = await ReceiveAsync(database, customerId, issued[2], today, PaymentMethod.Cash);
        await database.WithAsync<PaymentService, Payment>(s => s.VoidAsync(voided.Id, "Erreur", InvoicingDatabase.Biller, Ct));
        var methods = (await PageAsync(database, new InvoiceListQuery(PageSize: 50))).Rows.Items.ToDictionary(r => r.Id, r => r.PaymentMethod);
        Assert.Equal(PaymentMethod.Transfer, methods[issued[2]]);
        Assert.Null(methods[issued[3]]);

        // Quick filters, alone and combined.
        Assert.Equal(2, await CountAsync(database, QuickFilter.CreditNotes));
        Assert.Equal(9, await CountAsync(database, QuickFilter.Invoices));
        Assert.Equal(3, await CountAsync(database, QuickFilter.NotIssued));
        Assert.Equal(8, await CountAsync(database, QuickFilter.Issued));
        Assert.Equal(7, await CountAsync(database, QuickFilter.Issued, QuickFilter.NotCancelled));
        Assert.Equal(5, await CountAsync(database, QuickFilter.Invoices, QuickFilter.Unpaid));
        Assert.Equal(8, await CountAsync(database, QuickFilter.NotDownloaded));
        Assert.Equal(11, await CountAsync(database, QuickFilter.NotOnStatement));
        Assert.Equal(drafts.Order(), (await PageAsync(database, new InvoiceListQuery(Quick: [QuickFilter.NotIssued]))).Rows.Items.Select(r => r.Id).Order());

        // Sort by any column, either direction; amounts sort signed.
        var byGross = (await PageAsync(database, new InvoiceListQuery(Sort: "gross", Descending: false, PageSize: 50))).Rows.Items.Select(r => r.Gross).ToList();
        Assert.Equal(byGross.Order(), byGross);
        Assert.Equal(-480m, byGross[0]);
        foreach (var key in InvoiceListSort.Keys)
        {
            var page = await PageAsync(database, new InvoiceListQuery(Sort: key, Descending: true, PageSize: 50));
            Assert.Equal(11, page.Rows.Items.Count);
        }

        var byNumber = (await PageAsync(database, InvoiceListSort.Parse("-number", null) is var s ? new InvoiceListQuery(Sort: s.Key, Descending: s.Descending, Quick: [QuickFilter.Issued]) : null!)).Rows.Items.Select(r => r.Number!).ToList();
        Assert.Equal(byNumber.OrderDescending(StringComparer.Ordinal), byNumber);

        // The list never reads the lines: neither the page (any filter, any sort) nor the footer summary.
        var filtered = new InvoiceListQuery(Quick: [QuickFilter.Unpaid, QuickFilter.NotDownloaded, QuickFilter.NotOnStatement], Search: "a", Overdue: true, DateField: ListDateField.Delivery, From: new DateOnly(2026, 1, 1));
        var statements = new List<string>();
        foreach (var query in InvoiceListSort.Keys.Select(key => filtered with { Sort = key }).Append(new InvoiceListQuery()))
        {
            statements.Add(await database.WithAsync<InvoiceListService, string>(l => Task.FromResult(l.PageSql(query))));
            statements.Add(await database.WithAsync<InvoiceListService, string>(l => Task.FromResult(l.SummarySql(query))));
        }

        Assert.All(statements, sql => Assert.Matches("\"Invoice(s|ListTotals)\"", sql));
        Assert.All(statements, sql => Assert.DoesNotContain("InvoiceLines", sql, StringComparison.Ordinal));

        // The footer sums run natively in the database: never SQLite's per-row .NET aggregate (1.7 s at 100k rows).
        Assert.All(statements, sql => Assert.DoesNotContain("ef_sum", sql, StringComparison.Ordinal));
    }

    private static Task<Payment> ReceiveAsync(InvoicingDatabase database, int customerId, int invoiceId, DateOnly date, PaymentMethod method) =>
        database.WithAsync<PaymentService, Payment>(s => s.ReceiveAsync(
            new PaymentInput { CustomerId = customerId, Date = date, Amount = 10m, Method = method, Allocations = [new AllocationInput { InvoiceId = invoiceId, Amount = 10m }] },
            InvoicingDatabase.Biller,
            Ct));

    private static Task<InvoiceListPage> PageAsync(InvoicingDatabase database, InvoiceListQuery query) =>
        database.WithAsync<InvoiceListService, InvoiceListPage>(l => l.PageAsync(query, Ct));

    private static async Task<int> CountAsync(InvoicingDatabase database, params QuickFilter[] quick) =>
        (await PageAsync(database, new InvoiceListQuery(Quick: quick))).Summary.Count;
}
