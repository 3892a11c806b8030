using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>
/// Finalization reads the draft once before the lock and checks a stamp under it (ADR-025, "Cost per finalization"):
/// a draft changed by another instance after this context read it is issued as stored, never as this context last saw it.
/// </summary>
public sealed class FinalizationReadOnceTests
{
    [Fact]
    public async Task Sqlite_a_draft_changed_elsewhere_after_this_context_read_it_is_issued_as_stored()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertIssuedAsStoredAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_a_draft_changed_elsewhere_after_this_context_read_it_is_issued_as_stored()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertIssuedAsStoredAsync(database);
    }

    /// <summary>
    /// The draft's lock and its stamp are one statement (ADR-038). A finalization that waited there for an edit holding
    /// the draft's row must see the edit, even at the same clock time (the test's clock is pinned): the stamp is a column of
    /// the locked row, which PostgreSQL returns as committed after the wait, not as the statement's start saw it.
    /// </summary>
    [PostgresFact]
    public async Task PostgreSql_a_finalization_that_waited_for_an_edit_issues_the_edited_draft()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        var id = (await database.CreateDraftsAsync(1)).Single();
        var customerId = await database.WithDbAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());

        // Another instance reprices the draft in a transaction it keeps open: the draft's row stays locked.
        await using var editor = database.NewInstance();
        var editorDb = editor.ServiceProvider.GetRequiredService<FacturationDb>();
        await using var edit = await editorDb.Database.BeginTransactionAsync();
        var repriced = InvoicingDatabase.DraftInput(customerId);
        repriced.Lines[1].UnitPrice = 250m;
        await editor.ServiceProvider.GetRequiredService<InvoiceService>().UpdateDraftAsync(id, repriced, InvoicingDatabase.Biller, CancellationToken.None);

        // The finalization reads the committed draft (400 € HT), then waits for the row.
        var finalization = database.FinalizeAsync(id);
        await FinalizationGateTests.WaitForALockWaitAsync(database, finalization);
        await edit.CommitAsync();
        var issued = await finalization;

        var snapshot = IssuedSnapshotStore.Deserialize(await database.WithDbAsync(db => db.IssuedSnapshots.Where(s => s.InvoiceId == id).Select(s => s.Json).SingleAsync()));
        var stored = await database.WithDbAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal((850m, 1020m), (issued.TotalNet, issued.TotalGross));
        Assert.Equal((850m, 1020m, issued.Number), (snapshot.Totals.Net, snapshot.Totals.Gross, snapshot.Number));
        Assert.Equal([100m, 250m], stored.Lines.OrderBy(l => l.Position).Select(l => l.UnitPrice));
    }

    private static async Task AssertIssuedAsStoredAsync(InvoicingDatabase database)
    {
        var id = (await database.CreateDraftsAsync(1)).Single();
        var customerId = await database.WithDbAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());

        // This instance saves (so tracks) the draft at 400 € HT; another instance then reprices it at the same
        // pinned clock time, with as many lines: only the history tells the two states apart.
        await using var stale = database.NewInstance();
        var service = stale.ServiceProvider.GetRequiredService<InvoiceService>();
        await service.UpdateDraftAsync(id, InvoicingDatabase.DraftInput(customerId), InvoicingDatabase.Biller, CancellationToken.None);
        var repriced = InvoicingDatabase.DraftInput(customerId);
        repriced.Lines[1].UnitPrice = 250m;
        await database.WithAsync<InvoiceService, Facturation.Domain.Invoicing.Invoice>(s => s.UpdateDraftAsync(id, repriced, InvoicingDatabase.Biller, CancellationToken.None));

        var issued = await service.FinalizeAsync(id, InvoicingDatabase.Biller, CancellationToken.None);

        var stored = await database.WithDbAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id));
        var snapshot = IssuedSnapshotStore.Deserialize(await database.WithDbAsync(db => db.IssuedSnapshots.Where(s => s.InvoiceId == id).Select(s => s.Json).SingleAsync()));
        Assert.Equal((850m, 1020m), (issued.TotalNet, issued.TotalGross));
        Assert.Equal((850m, 1020m, issued.Number), (stored.TotalNet, stored.TotalGross, stored.Number));
        Assert.Equal([100m, 250m], stored.Lines.OrderBy(l => l.Position).Select(l => l.UnitPrice));
        Assert.Equal((850m, 1020m, issued.Number), (snapshot.Totals.Net, snapshot.Totals.Gross, snapshot.Number));
    }
}
