using Facturation.Application.Invoicing;
using Facturation.Application.Numbering;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Numbering;

/// <summary>A legal number is unique across ALL series: masks that could repeat another series' numbers are refused, and the database refuses a duplicate whatever the code does.</summary>
public sealed class CrossSeriesNumberTests
{
    [Theory]
    [InlineData("FA{yy}{mm}-{0000}")]
    [InlineData("fa{yy}{mm}-{0000}")]
    [InlineData("FA{yyyy}-{0000}")]
    [InlineData("PF{yy}{mm}-{00}")]
    public async Task Update_mask_that_could_repeat_another_series_numbers_is_refused_on_the_mask(string mask)
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var creditNotes = await SeriesIdAsync(database, SeriesKind.CreditNote);

        var error = await Assert.ThrowsAsync<DomainException>(() => UpdateAsync(database, creditNotes, mask, ResetPolicy.Never));

        Assert.Equal(("mask.collision", "Mask"), (error.Code, error.Field));
        Assert.Equal("AV{yy}{mm}-{0000}", await database.WithDbAsync(db => db.NumberingSeries.Where(s => s.Id == creditNotes).Select(s => s.Mask).SingleAsync()));
    }

    [Theory]
    [InlineData("AVO{yy}{mm}-{0000}")]
    [InlineData("FA{yy}{mm}/{0000}")]
    [InlineData("{yyyy}-AV-{0000}")]
    public async Task Update_mask_with_its_own_shape_is_accepted(string mask)
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var creditNotes = await SeriesIdAsync(database, SeriesKind.CreditNote);

        var saved = await UpdateAsync(database, creditNotes, mask, ResetPolicy.Never);

        Assert.Equal(mask, saved.Mask);
    }

    [Fact]
    public async Task Sqlite_duplicate_number_in_another_series_is_refused()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertDuplicateRefusedAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_duplicate_number_in_another_series_is_refused()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertDuplicateRefusedAsync(database);
    }

    private static async Task AssertDuplicateRefusedAsync(InvoicingDatabase database)
    {
        // A mask forced past the settings screen (an old database, a hand edit): the finalization refuses with a 409.
        const string invoiceMask = "FA{yy}{mm}-{0000}";
        await database.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "NumberingSeries" SET "Mask" = {invoiceMask} WHERE "Kind" = 'CreditNote'"""));
        var invoice = await database.FinalizeAsync((await database.CreateDraftsAsync(1)).Single());
        var creditNote = (await database.CreateDraftsAsync(1, ManualCreditNote)).Single();

        var error = await Assert.ThrowsAsync<DomainException>(() => database.FinalizeAsync(creditNote));
        var draft = (await database.CreateDraftsAsync(1)).Single();
        var forced = await Record.ExceptionAsync(() => database.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"""UPDATE "Invoices" SET "Number" = {invoice.Number} WHERE "Id" = {draft}""")));

        Assert.Equal(("invoice.number_taken", DomainErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Contains(invoice.Number!, error.Message, StringComparison.Ordinal);
        Assert.NotNull(forced);
        // PostgreSQL names the index; SQLite names the column of the unique index (IX_Invoices_Number).
        Assert.Matches("IX_Invoices_Number|UNIQUE constraint failed: Invoices\\.Number", forced.ToString());
        Assert.Equal(1, await database.WithDbAsync(db => db.Invoices.CountAsync(i => i.Number == invoice.Number)));
        Assert.True(await database.WithDbAsync(db => db.Invoices.AnyAsync(i => i.Id == creditNote && i.Status == InvoiceStatus.Draft)));
    }

    private static InvoiceInput ManualCreditNote(int customerId)
    {
        var input = InvoicingDatabase.DraftInput(customerId);
        input.Kind = InvoiceKind.CreditNote;
        input.Type = InvoiceType.Manual;
        return input;
    }

    private static Task<NumberingSeries> UpdateAsync(InvoicingDatabase database, int id, string mask, ResetPolicy reset) =>
        database.WithAsync<NumberingSeriesService, NumberingSeries>(s => s.UpdateAsync(id, new NumberingSeriesInput { Mask = mask, Reset = reset }, CancellationToken.None));

    internal static Task<int> SeriesIdAsync(InvoicingDatabase database, SeriesKind kind) =>
        database.WithDbAsync(db => db.NumberingSeries.Where(s => s.Kind == kind).Select(s => s.Id).SingleAsync());
}
