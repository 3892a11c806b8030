using Facturation.Application.Audit;
using Facturation.Application.Invoicing;
using Facturation.Application.Tests.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Audit;

/// <summary>The database itself refuses to rewrite what was issued or journaled, whatever the client (SQLite and PostgreSQL).</summary>
public sealed class AuditTriggerTests
{
    [Fact]
    public async Task Sqlite_guards_refuse_direct_changes_and_leave_the_moving_columns_free()
    {
        await using var database = await InvoicingDatabase.SqliteAsync();
        await AssertGuardsAsync(database);
    }

    [PostgresFact]
    public async Task PostgreSql_guards_refuse_direct_changes_and_leave_the_moving_columns_free()
    {
        await using var database = await InvoicingDatabase.PostgresAsync();
        await AssertGuardsAsync(database);
    }

    private static async Task AssertGuardsAsync(InvoicingDatabase database)
    {
        var ids = await database.CreateDraftsAsync(2);
        await using (var scope = database.NewInstance())
        {
            await scope.ServiceProvider.GetRequiredService<InvoiceService>().FinalizeAsync(ids[0], InvoicingDatabase.Biller, CancellationToken.None);
        }

        var id = ids[0];
        await AssertRefusedAsync(database, AuditTriggers.IssuedInvoiceMessage, $"""UPDATE "Invoices" SET "TotalGross" = 1 WHERE "Id" = {id}""");
        await AssertRefusedAsync(database, AuditTriggers.IssuedInvoiceMessage, $"""UPDATE "Invoices" SET "Number" = 'FA-FAUX' WHERE "Id" = {id}""");
        await AssertRefusedAsync(database, AuditTriggers.IssuedInvoiceMessage, $"""DELETE FROM "Invoices" WHERE "Id" = {id}""");
        await AssertRefusedAsync(database, AuditTriggers.IssuedLineMessage, $"""UPDATE "InvoiceLines" SET "UnitPrice" = 1 WHERE "InvoiceId" = {id}""");
        await AssertRefusedAsync(database, AuditTriggers.IssuedLineMessage, $"""DELETE FROM "InvoiceLines" WHERE "InvoiceId" = {id}""");
        await AssertRefusedAsync(database, AuditTriggers.ArchiveMessage, $"""UPDATE "InvoiceArchives" SET "Sha256" = '{new string('f', 64)}' WHERE "InvoiceId" = {id}""");
        await AssertRefusedAsync(database, AuditTriggers.ArchiveMessage, $"""DELETE FROM "InvoiceArchives" WHERE "InvoiceId" = {id}""");
        await AssertRefusedAsync(database, AuditTriggers.JournalMessage, """UPDATE "AuditEntries" SET "ActorName" = 'Quelqu''un' """);
        await AssertRefusedAsync(database, AuditTriggers.JournalMessage, """DELETE FROM "AuditEntries" """);

        // What moves after issue still moves, and drafts stay editable and deletable.
        Assert.Equal(1, await database.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Invoices" SET "Status" = 'Sent', "PaidAmount" = 10 WHERE "Id" = {id}""")));
        Assert.Equal(2, await database.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "InvoiceLines" SET "UnitPrice" = 5 WHERE "InvoiceId" = {ids[1]}""")));
        await using (var scope = database.NewInstance())
        {
            await scope.ServiceProvider.GetRequiredService<InvoiceService>().DeleteDraftAsync(ids[1], CancellationToken.None);
        }

        Assert.False(await database.WithDbAsync(db => db.Invoices.AnyAsync(i => i.Id == ids[1])));
        Assert.Equal(2, await database.WithDbAsync(db => db.AuditEntries.CountAsync())); // issued + archived
    }

    private static async Task AssertRefusedAsync(InvoicingDatabase database, string message, string sql)
    {
        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => database.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
