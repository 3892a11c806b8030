using Facturation.Application.Invoicing;
using Facturation.Domain.Common;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>
/// An issued document is dated at most today (company time zone): a draft may carry a planned date, but
/// finalizing it early is refused and leaves the series usable; far dates never overflow.
/// </summary>
public sealed class IssueDateRulesTests
{
    [Fact]
    public async Task Sqlite_finalize_post_dated_draft_is_refused_and_invoicing_goes_on()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertPostDatedRefusedAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_finalize_post_dated_draft_is_refused_and_invoicing_goes_on()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertPostDatedRefusedAsync(database);
    }

    [Fact]
    public async Task Sqlite_finalize_last_representable_date_with_payment_terms_is_refused_without_overflow()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertFarDateRefusedAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_finalize_last_representable_date_with_payment_terms_is_refused_without_overflow()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertFarDateRefusedAsync(database);
    }

    private static async Task AssertPostDatedRefusedAsync(InvoicingDatabase database)
    {
        database.Clock.SetDay(new DateOnly(2026, 11, 20));
        var postDated = (await database.CreateDraftsAsync(1, c => InvoicingDatabase.DraftInput(c, new DateOnly(2999, 6, 1)))).Single();
        var ordinary = (await database.CreateDraftsAsync(1)).Single();

        var error = await Assert.ThrowsAsync<DomainException>(() => database.FinalizeAsync(postDated));
        var issued = await database.FinalizeAsync(ordinary);

        Assert.Equal(("invoice.issue_date_future", DomainErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Contains("01/06/2999", error.Message, StringComparison.Ordinal);
        Assert.Equal(("FA2611-0001", new DateOnly(2026, 11, 20)), (issued.Number, issued.IssueDate));
        Assert.True(await database.WithDbAsync(db => db.Invoices.AnyAsync(i => i.Id == postDated && i.Number == null)));
    }

    private static async Task AssertFarDateRefusedAsync(InvoicingDatabase database)
    {
        var farDraft = (await database.CreateDraftsAsync(1, c =>
        {
            var input = InvoicingDatabase.DraftInput(c, DateOnly.MaxValue);
            input.PaymentTermsDays = 30;
            return input;
        })).Single();

        var error = await Assert.ThrowsAsync<DomainException>(() => database.FinalizeAsync(farDraft));
        var preview = await database.WithAsync<InvoiceService, decimal>(async s => (await s.GetAsync(farDraft, CancellationToken.None)).TotalGross);

        Assert.Equal("invoice.issue_date_future", error.Code);
        Assert.Equal(480m, preview);
    }
}
