using Facturation.Application.Common;
using Facturation.Application.Corrections;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Payments;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Listing;

/// <summary>
/// The amounts the list reads instead of the lines (ADR-022) are saved with every change, in the same transaction:
/// after each use case, the stored remaining and margin base read back from the database equal the ones computed
/// from the lines and the settlements.
/// </summary>
public sealed class StoredAmountsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Sqlite_every_settlement_path_keeps_the_stored_amounts()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertEveryPathAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_every_settlement_path_keeps_the_stored_amounts()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertEveryPathAsync(database);
    }

    [Fact]
    public async Task Sqlite_migration_backfill_recomputes_the_stored_amounts()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertBackfillAsync(database, "Microsoft.EntityFrameworkCore.Sqlite");
    }

    [PostgresFact]
    public async Task PostgreSql_migration_backfill_recomputes_the_stored_amounts()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertBackfillAsync(database, "Npgsql.EntityFrameworkCore.PostgreSQL");
    }

    private static async Task AssertEveryPathAsync(InvoicingDatabase database)
    {
        var actor = InvoicingDatabase.Biller;
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        var (invoiceId, customerId) = await IssuedInvoiceAsync(database);
        await AssertStoredAsync(database, invoiceId, expectedRemaining: 576m);

        // Payment received, then voided.
        var payment = await database.WithAsync<PaymentService, Payment>(s => s.ReceiveAsync(Payment(customerId, today, invoiceId, 100m), actor, Ct));
        await AssertStoredAsync(database, invoiceId, 476m);
        await database.WithAsync<PaymentService, Payment>(s => s.VoidAsync(payment.Id, "Erreur", actor, Ct));
        await AssertStoredAsync(database, invoiceId, 576m);

        // A credit note applied on the invoice (both sides), reversed, applied again, then the rest refunded.
        var creditNote = await database.WithAsync<CorrectionService, Invoice>(s => s.CreateCreditNoteAsync(invoiceId, new CreditNoteInput { Type = InvoiceType.Corrective, Amount = 50m }, actor, Ct));
        await AssertStoredAsync(database, creditNote.Id, 60m);
        await database.FinalizeAsync(creditNote.Id);
        await AssertStoredAsync(database, creditNote.Id, 60m);
        var application = await database.WithAsync<PaymentService, CreditApplication>(s => s.ApplyCreditAsync(creditNote.Id, new CreditApplicationInput { InvoiceId = invoiceId, Amount = 40m }, actor, Ct));
        await AssertStoredAsync(database, invoiceId, 536m);
        await AssertStoredAsync(database, creditNote.Id, 20m);
        await database.WithAsync<PaymentService, CreditApplication>(s => s.ReverseCreditApplicationAsync(creditNote.Id, application.Id, "Erreur", actor, Ct));
        await AssertStoredAsync(database, invoiceId, 576m);
        await AssertStoredAsync(database, creditNote.Id, 60m);
        await database.WithAsync<PaymentService, Payment>(s => s.RefundAsync(creditNote.Id, new RefundInput { Date = today, Method = PaymentMethod.Transfer, Amount = 60m }, actor, Ct));
        await AssertStoredAsync(database, creditNote.Id, 0m);

        // Paid in full, disputed and resolved: the amounts do not move with the dispute.
        await database.WithAsync<PaymentService, Payment>(s => s.ReceiveAsync(Payment(customerId, today, invoiceId, 576m), actor, Ct));
        await AssertStoredAsync(database, invoiceId, 0m);
        await database.WithAsync<PaymentService, Invoice>(s => s.MarkDisputedAsync(invoiceId, "Chèque rejeté", actor, Ct));
        await AssertStoredAsync(database, invoiceId, 0m);

        // Cancellation settles both documents in full.
        var (other, _) = await IssuedInvoiceAsync(database);
        var (cancelled, counterpart) = await database.WithAsync<CorrectionService, (Invoice, Invoice)>(s => s.CancelAsync(other, "Erreur de client", actor, Ct));
        await AssertStoredAsync(database, cancelled.Id, 0m);
        await AssertStoredAsync(database, counterpart.Id, 0m);

        // The list's rollup followed every one of those changes (database triggers, same transactions).
        await ListTotalsAssert.SameAsScanAsync(database);
    }

    [Fact]
    public async Task Sqlite_cached_footer_totals_follow_every_change_of_the_rollup()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertCachedSummaryFollowsAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_cached_footer_totals_follow_every_change_of_the_rollup()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertCachedSummaryFollowsAsync(database);
    }

    [Fact]
    public async Task Sqlite_cached_footer_totals_cost_only_the_rollup_version_query()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertCachedSummaryReadsVersionOnlyAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_cached_footer_totals_cost_only_the_rollup_version_query()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertCachedSummaryReadsVersionOnlyAsync(database);
    }

    /// <summary>A repeated footer (RollupSummaryCache.GetOrSumAsync) reads the rollup's version and nothing else; a change sums again.</summary>
    private static async Task AssertCachedSummaryReadsVersionOnlyAsync(InvoicingDatabase database)
    {
        var query = new InvoiceListQuery(Kind: InvoiceKind.Invoice);
        var first = await SummaryAsync(database, query);

        await using var scope = database.NewInstance();
        var log = new SqlCommandLog();
        await using var db = log.ContextIn(scope.ServiceProvider);
        var list = new InvoiceListService(db, scope.ServiceProvider.GetRequiredService<IBusinessClock>(), scope.ServiceProvider.GetRequiredService<InvoiceListSummaryCache>());
        var cached = await list.SummaryAsync(query, Ct);

        Assert.Equal(first, cached);
        Assert.Contains("\"MaxId\"", Assert.Single(log.Commands), StringComparison.Ordinal);

        await IssuedInvoiceAsync(database);
        log.Clear();
        var changed = await list.SummaryAsync(query, Ct);
        Assert.Equal(first.Count + 1, changed.Count);
        Assert.Equal(2, log.Commands.Count);
    }

    /// <summary>
    /// The footer totals are reused while the rollup's version (count, highest id, sum of ids) is unchanged
    /// (InvoiceListSummaryCache): each change below must show at the next request, including a row inserted with an id
    /// lower than the highest one — what an insert committed late looks like on PostgreSQL.
    /// </summary>
    private static async Task AssertCachedSummaryFollowsAsync(InvoicingDatabase database)
    {
        var all = new InvoiceListQuery();
        var before = await SummaryAsync(database, all);
        Assert.Equal(before, await SummaryAsync(database, all));

        var (invoiceId, customerId) = await IssuedInvoiceAsync(database);
        var issued = await SummaryAsync(database, all);
        Assert.Equal((before.Count + 1, before.Gross + 576m, before.Remaining + 576m), (issued.Count, issued.Gross, issued.Remaining));

        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        await database.WithAsync<PaymentService, Payment>(s => s.ReceiveAsync(Payment(customerId, today, invoiceId, 100m), InvoicingDatabase.Biller, Ct));
        var paid = await SummaryAsync(database, all);
        Assert.Equal(issued.Remaining - 100m, paid.Remaining);

        // The fold rewrites the rows under new ids (same totals); then a row appears under a freed, lower id.
        await database.WithAsync<InvoiceListTotalsJob, int>(job => job.FoldAsync(Ct));
        Assert.Equal(paid, await SummaryAsync(database, all));
        await database.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "InvoiceListTotals" ("Id", "IssueDate", "Kind", "Status", "Count", "NetUnits", "TaxUnits", "GrossUnits", "RemainingUnits") VALUES (1, NULL, 'Invoice', 'Draft', 1, 10000, 0, 10000, 10000)"""));
        var late = await SummaryAsync(database, all);
        var scanned = await database.WithAsync<InvoiceListService, InvoiceListSummary>(list => list.ScannedSummaryAsync(all, Ct));
        Assert.Equal(scanned with { Count = scanned.Count + 1, Net = scanned.Net + 1m, Gross = scanned.Gross + 1m, Remaining = scanned.Remaining + 1m }, late);
    }

    private static Task<InvoiceListSummary> SummaryAsync(InvoicingDatabase database, InvoiceListQuery query) =>
        database.WithAsync<InvoiceListService, InvoiceListSummary>(list => list.SummaryAsync(query, Ct));

    private static async Task AssertBackfillAsync(InvoicingDatabase database, string provider)
    {
        var (invoiceId, customerId) = await IssuedInvoiceAsync(database);
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        await database.WithAsync<PaymentService, Payment>(s => s.ReceiveAsync(Payment(customerId, today, invoiceId, 76.5m), InvoicingDatabase.Biller, Ct));
        var draft = await CostedDraftAsync(database);
        await database.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "Invoices" SET "Remaining" = 0, "CostedNet" = 0, "CostTotal" = 0"""));

        await database.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(StoredAmountsBackfill.Sql(provider)));

        await AssertStoredAsync(database, invoiceId, 499.5m);
        await AssertStoredAsync(database, draft, 576m);

        // Raw SQL writes reach the rollup too (triggers); and its migration rebuilds it from the documents.
        await ListTotalsAssert.SameAsScanAsync(database);
        await database.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(InvoiceListTotalsSql.DropSql(provider));
            await db.InvoiceListTotals.ExecuteDeleteAsync();
            return await db.Database.ExecuteSqlRawAsync(InvoiceListTotalsSql.CreateSql(provider));
        });
        await ListTotalsAssert.SameAsScanAsync(database);
    }

    private static async Task AssertStoredAsync(InvoicingDatabase database, int id, decimal expectedRemaining)
    {
        var invoice = await database.WithDbAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id));
        var fromLines = invoice.Margin;
        Assert.NotEqual(0m, invoice.Kind == InvoiceKind.Invoice ? invoice.CostTotal : 1m);
        Assert.Equal(expectedRemaining, invoice.Remaining);
        Assert.Equal(invoice.Totals.Gross - invoice.PaidAmount - invoice.CreditedAmount, invoice.Remaining);
        Assert.Equal(invoice.Totals.Gross, invoice.TotalGross);
        Assert.Equal(fromLines.CostedNet, invoice.CostedNet);
        Assert.Equal(fromLines.CostTotal, invoice.CostTotal);
    }

    private static async Task<(int Id, int CustomerId)> IssuedInvoiceAsync(InvoicingDatabase database)
    {
        var id = await CostedDraftAsync(database);
        var invoice = await database.FinalizeAsync(id);
        return (id, invoice.CustomerId);
    }

    /// <summary>480 HT + 96 TVA; two product lines with a cost price (one discounted), one free line without.</summary>
    private static async Task<int> CostedDraftAsync(InvoicingDatabase database)
    {
        var products = await database.WithDbAsync(db => db.Products.Where(p => p.Code == "DEV-H" || p.Code == "AFFICHE-A2").ToDictionaryAsync(p => p.Code, p => p.Id));
        var ids = await database.CreateDraftsAsync(1, customerId => new InvoiceInput
        {
            CustomerId = customerId,
            PaymentTermsDays = 30,
            Lines =
            [
                new() { Description = "Développement", Quantity = 3, UnitPrice = 100m, TaxCode = "TVA20", ProductId = products["DEV-H"] },
                new() { Description = "Affiche remisée", Quantity = 1, UnitPrice = 100m, DiscountPercent = 20m, TaxCode = "TVA20", ProductId = products["AFFICHE-A2"] },
                new() { Description = "Service", Quantity = 1, UnitPrice = 100m, TaxCode = "TVA20" },
            ],
        });
        return ids[0];
    }

    private static PaymentInput Payment(int customerId, DateOnly date, int invoiceId, decimal amount) => new()
    {
        CustomerId = customerId,
        Date = date,
        Amount = amount,
        Method = PaymentMethod.Transfer,
        Allocations = [new AllocationInput { InvoiceId = invoiceId, Amount = amount }],
    };
}
