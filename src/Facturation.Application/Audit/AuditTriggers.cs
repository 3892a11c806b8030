using Facturation.Application.Data;

namespace Facturation.Application.Audit;

/// <summary>
/// Database-level guards, in depth behind <c>FrozenDocumentInterceptor</c> (ADR-012): they refuse, whatever the
/// client, an UPDATE of an issued document's legal columns or its deletion, any change to the lines of an issued
/// document, any UPDATE/DELETE of an archived file, and any UPDATE/DELETE of a journal entry. The columns that
/// legitimately move after issue (status, sent time, paid/credited amounts, links, closing reason) stay free.
/// Called once from the migration: <c>migrationBuilder.Sql(AuditTriggers.CreateSql(migrationBuilder.ActiveProvider))</c>.
/// </summary>
public static class AuditTriggers
{
    /// <summary>
    /// What printed or legally identifies an issued document (FrozenDocumentInterceptor freezes these and more). The
    /// dossier link left this list with ADR-027 (it may be changed after issue, see <see cref="OperationalLinkTriggers"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> LegalInvoiceColumns =
    [
        "Kind", "Type", "SeriesId", "Number", "ProformaNumber", "CustomerId", "BillingContactId", "IssueDate", "DeliveryDate",
        "DeliveryPeriodEnd", "DueDate", "PaymentTermsDays", "CustomerReference", "Currency", "PublicNote", "QuebecTaxRegistration",
        "OriginInvoiceId", "FinalizedAtUtc", "FinalizedById", "TotalNet", "TotalTax", "TotalGross",
    ];

    public const string IssuedInvoiceMessage = "audit: the legal columns of an issued document cannot be changed, nor the document deleted";
    public const string IssuedLineMessage = "audit: the lines of an issued document cannot be changed";
    public const string ArchiveMessage = "audit: an archived document file cannot be changed or deleted";
    public const string JournalMessage = "audit: the audit journal is append-only";

    private static readonly string[] TriggerNames =
    [
        "TR_Invoices_Frozen", "TR_InvoiceLines_Frozen", "TR_InvoiceArchives_Frozen", "TR_AuditEntries_AppendOnly",
    ];

    public static string CreateSql(string? activeProvider) => CreateSql(activeProvider, LegalInvoiceColumns);

    /// <summary>The triggers guarding <paramref name="legalColumns"/> (a later migration may guard another list).</summary>
    internal static string CreateSql(string? activeProvider, IReadOnlyList<string> legalColumns) => Provider(activeProvider) switch
    {
        DatabaseProvider.PostgreSql => PostgreSqlCreate(legalColumns),
        DatabaseProvider.SqlServer => SqlServerCreate(legalColumns),
        DatabaseProvider.Sqlite => SqliteCreate(legalColumns),
    };

    public static string DropSql(string? activeProvider) => Provider(activeProvider) switch
    {
        DatabaseProvider.PostgreSql => string.Join('\n', TriggerNames.Select(t => $"""DROP FUNCTION IF EXISTS "{t}_Check"() CASCADE;""")),
        DatabaseProvider.SqlServer => string.Join("\nGO\n", TriggerNames.Select(t => $"DROP TRIGGER IF EXISTS [{t}];")),
        DatabaseProvider.Sqlite => string.Join('\n', TriggerNames.SelectMany(t => new[] { $"""DROP TRIGGER IF EXISTS "{t}_Update";""", $"""DROP TRIGGER IF EXISTS "{t}_Delete";""", $"""DROP TRIGGER IF EXISTS "{t}_Insert";""" })),
    };

    internal static DatabaseProvider Provider(string? activeProvider) => activeProvider switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.PostgreSql,
        "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        _ => throw new NotSupportedException($"No audit triggers for provider {activeProvider}."),
    };

    private static string Columns(IReadOnlyList<string> columns, string alias, char open, char close) => string.Join(", ", columns.Select(c => $"{alias}.{open}{c}{close}"));

    private static string PostgreSqlCreate(IReadOnlyList<string> columns) => $$"""
        CREATE FUNCTION "TR_Invoices_Frozen_Check"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF OLD."Status" <> 'Draft' AND (TG_OP = 'DELETE' OR ROW({{Columns(columns, "OLD", '"', '"')}}) IS DISTINCT FROM ROW({{Columns(columns, "NEW", '"', '"')}})) THEN
                RAISE EXCEPTION '{{IssuedInvoiceMessage}} (%)', OLD."Number" USING ERRCODE = 'P0001';
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $body$;
        CREATE TRIGGER "TR_Invoices_Frozen" BEFORE UPDATE OR DELETE ON "Invoices" FOR EACH ROW EXECUTE FUNCTION "TR_Invoices_Frozen_Check"();

        CREATE FUNCTION "TR_InvoiceLines_Frozen_Check"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM "Invoices" WHERE "Id" = OLD."InvoiceId" AND "Status" <> 'Draft'))
               OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM "Invoices" WHERE "Id" = NEW."InvoiceId" AND "Status" <> 'Draft')) THEN
                RAISE EXCEPTION '{{IssuedLineMessage}}' USING ERRCODE = 'P0001';
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $body$;
        CREATE TRIGGER "TR_InvoiceLines_Frozen" BEFORE INSERT OR UPDATE OR DELETE ON "InvoiceLines" FOR EACH ROW EXECUTE FUNCTION "TR_InvoiceLines_Frozen_Check"();

        CREATE FUNCTION "TR_InvoiceArchives_Frozen_Check"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            RAISE EXCEPTION '{{ArchiveMessage}}' USING ERRCODE = 'P0001';
        END $body$;
        CREATE TRIGGER "TR_InvoiceArchives_Frozen" BEFORE UPDATE OR DELETE ON "InvoiceArchives" FOR EACH ROW EXECUTE FUNCTION "TR_InvoiceArchives_Frozen_Check"();

        CREATE FUNCTION "TR_AuditEntries_AppendOnly_Check"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            RAISE EXCEPTION '{{JournalMessage}}' USING ERRCODE = 'P0001';
        END $body$;
        CREATE TRIGGER "TR_AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION "TR_AuditEntries_AppendOnly_Check"();
        CREATE TRIGGER "TR_AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION "TR_AuditEntries_AppendOnly_Check"();
        """;

    // AFTER triggers: THROW aborts the statement and rolls back the transaction (XACT_ABORT is on inside triggers).
    // "NOT EXISTS (SELECT old INTERSECT SELECT new)" compares the columns NULL-safely. Each CREATE TRIGGER is its own batch.
    private static string SqlServerCreate(IReadOnlyList<string> columns) => $"""
        CREATE TRIGGER [TR_Invoices_Frozen] ON [Invoices] AFTER UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            IF EXISTS (SELECT 1 FROM deleted d LEFT JOIN inserted i ON i.[Id] = d.[Id]
                       WHERE d.[Status] <> N'Draft'
                         AND (i.[Id] IS NULL OR NOT EXISTS (SELECT {Columns(columns, "d", '[', ']')} INTERSECT SELECT {Columns(columns, "i", '[', ']')})))
                THROW 50001, N'{IssuedInvoiceMessage}', 1;
        END
        GO
        CREATE TRIGGER [TR_InvoiceLines_Frozen] ON [InvoiceLines] AFTER INSERT, UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            IF EXISTS (SELECT 1 FROM [Invoices] v WHERE v.[Status] <> N'Draft'
                         AND (v.[Id] IN (SELECT [InvoiceId] FROM deleted) OR v.[Id] IN (SELECT [InvoiceId] FROM inserted)))
                THROW 50002, N'{IssuedLineMessage}', 1;
        END
        GO
        CREATE TRIGGER [TR_InvoiceArchives_Frozen] ON [InvoiceArchives] AFTER UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            IF EXISTS (SELECT 1 FROM deleted)
                THROW 50003, N'{ArchiveMessage}', 1;
        END
        GO
        CREATE TRIGGER [TR_AuditEntries_AppendOnly] ON [AuditEntries] AFTER UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            IF EXISTS (SELECT 1 FROM deleted)
                THROW 50004, N'{JournalMessage}', 1;
        END
        """;

    private static string SqliteCreate(IReadOnlyList<string> columns)
    {
        var changed = string.Join(" OR ", columns.Select(c => $"""OLD."{c}" IS NOT NEW."{c}" """.TrimEnd()));
        const string IssuedOld = """EXISTS (SELECT 1 FROM "Invoices" WHERE "Id" = OLD."InvoiceId" AND "Status" <> 'Draft')""";
        const string IssuedNew = """EXISTS (SELECT 1 FROM "Invoices" WHERE "Id" = NEW."InvoiceId" AND "Status" <> 'Draft')""";
        return $"""
            CREATE TRIGGER "TR_Invoices_Frozen_Update" BEFORE UPDATE ON "Invoices"
            WHEN OLD."Status" <> 'Draft' AND ({changed})
            BEGIN SELECT RAISE(ABORT, '{IssuedInvoiceMessage}'); END;
            CREATE TRIGGER "TR_Invoices_Frozen_Delete" BEFORE DELETE ON "Invoices" WHEN OLD."Status" <> 'Draft'
            BEGIN SELECT RAISE(ABORT, '{IssuedInvoiceMessage}'); END;
            CREATE TRIGGER "TR_InvoiceLines_Frozen_Insert" BEFORE INSERT ON "InvoiceLines" WHEN {IssuedNew}
            BEGIN SELECT RAISE(ABORT, '{IssuedLineMessage}'); END;
            CREATE TRIGGER "TR_InvoiceLines_Frozen_Update" BEFORE UPDATE ON "InvoiceLines" WHEN {IssuedOld} OR {IssuedNew}
            BEGIN SELECT RAISE(ABORT, '{IssuedLineMessage}'); END;
            CREATE TRIGGER "TR_InvoiceLines_Frozen_Delete" BEFORE DELETE ON "InvoiceLines" WHEN {IssuedOld}
            BEGIN SELECT RAISE(ABORT, '{IssuedLineMessage}'); END;
            CREATE TRIGGER "TR_InvoiceArchives_Frozen_Update" BEFORE UPDATE ON "InvoiceArchives"
            BEGIN SELECT RAISE(ABORT, '{ArchiveMessage}'); END;
            CREATE TRIGGER "TR_InvoiceArchives_Frozen_Delete" BEFORE DELETE ON "InvoiceArchives"
            BEGIN SELECT RAISE(ABORT, '{ArchiveMessage}'); END;
            CREATE TRIGGER "TR_AuditEntries_AppendOnly_Update" BEFORE UPDATE ON "AuditEntries"
            BEGIN SELECT RAISE(ABORT, '{JournalMessage}'); END;
            CREATE TRIGGER "TR_AuditEntries_AppendOnly_Delete" BEFORE DELETE ON "AuditEntries"
            BEGIN SELECT RAISE(ABORT, '{JournalMessage}'); END;
            """;
    }
}
