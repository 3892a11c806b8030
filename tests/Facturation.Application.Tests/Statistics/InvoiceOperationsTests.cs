using Facturation.Application.Activities;
using Facturation.Application.Audit;
using Facturation.Application.Invoicing;
using Facturation.Application.Tests.Invoicing;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Statistics;

/// <summary>
/// ADR-027: an issued document's activity (and dossier) may change after issue — recorded in the history and the
/// audit journal, the archived PDF untouched, the chain still verifying — while every other column stays frozen by the
/// interceptor and the database triggers.
/// </summary>
public sealed class InvoiceOperationsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Sqlite_activity_link_after_issue_is_recorded_and_nothing_else_moves()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertRelinkAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_activity_link_after_issue_is_recorded_and_nothing_else_moves()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertRelinkAsync(database);
    }

    [Fact]
    public async Task Sqlite_draft_cannot_be_relinked_but_its_author_changes()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        var draft = (await database.CreateDraftsAsync(1))[0];
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            database.WithAsync<InvoiceOperationsService, Invoice>(s => s.RelinkAsync(draft, new OperationalLinksInput(), InvoicingDatabase.Biller, Ct)));
        Assert.Equal(DomainErrorKind.Conflict, error.Kind);

        var user = await database.WithDbAsync(db => db.Users.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync());
        var changed = await database.WithAsync<InvoiceOperationsService, Invoice>(s => s.ChangeAuthorAsync(draft, user, InvoicingDatabase.Biller, Ct));
        Assert.Equal(user, changed.AuthorId);
        Assert.Contains(changed.History, h => h.Action == "author");
        var unknown = await Assert.ThrowsAsync<DomainException>(() =>
            database.WithAsync<InvoiceOperationsService, Invoice>(s => s.ChangeAuthorAsync(draft, "nobody", InvoicingDatabase.Biller, Ct)));
        Assert.Equal("AuthorId", unknown.Field);
    }

    private static async Task AssertRelinkAsync(InvoicingDatabase database)
    {
        var activity = await database.WithAsync<ActivityService, Domain.Activities.Activity>(s => s.CreateAsync(new ActivityInput { Code = "POSE", Name = "Pose" }, Ct));
        var id = (await database.CreateDraftsAsync(1))[0];
        var issued = await database.FinalizeAsync(id);
        var archiveBefore = await database.WithDbAsync(db => db.InvoiceArchives.Where(a => a.InvoiceId == id).Select(a => a.Sha256).SingleAsync());

        var relinked = await database.WithAsync<InvoiceOperationsService, Invoice>(s => s.RelinkAsync(id, new OperationalLinksInput { ActivityId = activity.Id }, InvoicingDatabase.Biller, Ct));

        Assert.Equal(activity.Id, relinked.ActivityId);
        var stored = await database.WithDbAsync(db => db.Invoices.AsNoTracking().Include(i => i.History).SingleAsync(i => i.Id == id));
        Assert.Equal(activity.Id, stored.ActivityId);
        Assert.Contains(stored.History, h => h.Action == "operations" && h.Details.Contains("Pose", StringComparison.Ordinal));
        var entry = await database.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Event == AuditEvents.InvoiceOperationsChanged));
        Assert.Equal(issued.Number, entry.DocumentNumber);
        Assert.Contains("\"activity\":", entry.Payload, StringComparison.Ordinal);
        Assert.Contains(activity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Payload, StringComparison.Ordinal);
        Assert.Equal(archiveBefore, await database.WithDbAsync(db => db.InvoiceArchives.Where(a => a.InvoiceId == id).Select(a => a.Sha256).SingleAsync()));
        Assert.Null((await database.WithAsync<AuditVerifier, AuditVerification>(v => v.VerifyAsync(Ct))).FirstBreak);

        // Unknown activity: a field error, nothing written.
        var unknown = await Assert.ThrowsAsync<DomainException>(() =>
            database.WithAsync<InvoiceOperationsService, Invoice>(s => s.RelinkAsync(id, new OperationalLinksInput { ActivityId = 999_999 }, InvoicingDatabase.Biller, Ct)));
        Assert.Equal(nameof(OperationalLinksInput.ActivityId), unknown.Field);

        // Any other column of the issued document is still refused, by EF and by the database.
        var refused = await Assert.ThrowsAsync<DomainException>(() => database.WithDbAsync(async db =>
        {
            var tracked = await db.Invoices.SingleAsync(i => i.Id == id);
            db.Entry(tracked).Property(i => i.PublicNote).CurrentValue = "changé";
            return await db.SaveChangesAsync(Ct);
        }));
        Assert.Equal("invoice.frozen", refused.Code);
        Assert.Equal(1, await database.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Invoices" SET "ActivityId" = NULL, "DossierId" = NULL, "AuthorId" = 'someone' WHERE "Id" = {id}""")));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            database.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Invoices" SET "CustomerReference" = 'X' WHERE "Id" = {id}""")));
    }
}
