using Facturation.Application.Audit;
using Facturation.Application.Data;

namespace Facturation.Application.Archiving;

/// <summary>
/// The raw SQL of the archive-store migration (ADR-025), one call each way:
/// <c>migrationBuilder.Sql(ArchiveStoreMigration.UpSql(migrationBuilder.ActiveProvider))</c> at the end of Up and
/// <c>migrationBuilder.Sql(ArchiveStoreMigration.DownSql(migrationBuilder.ActiveProvider))</c> at the end of Down.
/// The guard on <c>InvoiceArchives</c> keeps refusing every UPDATE/DELETE except the one move of a row's bytes to the
/// store (<c>archive migrate</c>: name set once, bytes emptied, hash and date unchanged). SQLite rebuilds the table
/// when a column becomes nullable, which drops its triggers: both are created again.
/// </summary>
public static class ArchiveStoreMigration
{
    private const string MoveOnly = """
        OLD."BlobName" IS NULL AND NEW."BlobName" IS NOT NULL AND NEW."Content" IS NULL
        AND NEW."InvoiceId" = OLD."InvoiceId" AND NEW."Sha256" = OLD."Sha256" AND NEW."CreatedAtUtc" = OLD."CreatedAtUtc"
        """;

    private const string SqlServerMoveOnly = """
        d.[BlobName] IS NULL AND i.[BlobName] IS NOT NULL AND i.[Content] IS NULL AND i.[Sha256] = d.[Sha256] AND i.[CreatedAtUtc] = d.[CreatedAtUtc]
        """;

    public static string UpSql(string? activeProvider) => Guard(activeProvider, allowMove: true);

    /// <summary>
    /// EF Core runs SQLite's table rebuilds after the migration's SQL, so the rebuild of <c>InvoiceArchives</c> drops the
    /// guard <see cref="UpSql"/> created: the initializer creates it again after migrating (idempotent).
    /// </summary>
    public static string SqliteGuardSql => Guard("Microsoft.EntityFrameworkCore.Sqlite", allowMove: true);

    /// <summary>Back to the guard that refuses every change (after SQLite's table rebuild, which drops the triggers).</summary>
    public static string DownSql(string? activeProvider) => Guard(activeProvider, allowMove: false);

    private static string Guard(string? activeProvider, bool allowMove) => AuditTriggers.Provider(activeProvider) switch
    {
        DatabaseProvider.PostgreSql => $$"""
            CREATE OR REPLACE FUNCTION "TR_InvoiceArchives_Frozen_Check"() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF TG_OP = 'UPDATE' AND {{(allowMove ? MoveOnly : "FALSE")}} THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION '{{AuditTriggers.ArchiveMessage}}' USING ERRCODE = 'P0001';
            END $body$;
            """,
        DatabaseProvider.SqlServer => $"""
            ALTER TRIGGER [TR_InvoiceArchives_Frozen] ON [InvoiceArchives] AFTER UPDATE, DELETE AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM deleted d LEFT JOIN inserted i ON i.[InvoiceId] = d.[InvoiceId]
                           WHERE i.[InvoiceId] IS NULL OR NOT ({(allowMove ? SqlServerMoveOnly : "1 = 0")}))
                    THROW 50003, N'{AuditTriggers.ArchiveMessage}', 1;
            END
            """,
        DatabaseProvider.Sqlite => $"""
            DROP TRIGGER IF EXISTS "TR_InvoiceArchives_Frozen_Update";
            DROP TRIGGER IF EXISTS "TR_InvoiceArchives_Frozen_Delete";
            CREATE TRIGGER "TR_InvoiceArchives_Frozen_Update" BEFORE UPDATE ON "InvoiceArchives"
            {(allowMove ? $"WHEN NOT ({MoveOnly})" : string.Empty)}
            BEGIN SELECT RAISE(ABORT, '{AuditTriggers.ArchiveMessage}'); END;
            CREATE TRIGGER "TR_InvoiceArchives_Frozen_Delete" BEFORE DELETE ON "InvoiceArchives"
            BEGIN SELECT RAISE(ABORT, '{AuditTriggers.ArchiveMessage}'); END;
            """,
    };
}
