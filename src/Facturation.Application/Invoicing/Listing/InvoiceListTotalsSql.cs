using Facturation.Application.Audit;
using Facturation.Application.Data;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// The SQL of the list's rollup (<see cref="InvoiceListTotal"/>, ADR-031): the triggers that append a row for every
/// insert, delete and change of a document's issue date, kind, status or stored amounts, the backfill of existing
/// documents, and the fold that <see cref="InvoiceListTotalsJob"/> runs. Called from the migration:
/// <c>migrationBuilder.Sql(InvoiceListTotalsSql.CreateSql(migrationBuilder.ActiveProvider))</c> and <c>DropSql</c>.
/// </summary>
public static class InvoiceListTotalsSql
{
    private static readonly string[] Amounts = ["TotalNet", "TotalTax", "TotalGross", "Remaining"];
    private static readonly string[] Keys = ["IssueDate", "Kind", "Status"];
    private const string Columns = "\"IssueDate\", \"Kind\", \"Status\", \"Count\", \"NetUnits\", \"TaxUnits\", \"GrossUnits\", \"RemainingUnits\"";
    private const string Sums = """SUM("Count"), SUM("NetUnits"), SUM("TaxUnits"), SUM("GrossUnits"), SUM("RemainingUnits")""";
    private const string NonZero = """SUM("Count") <> 0 OR SUM("NetUnits") <> 0 OR SUM("TaxUnits") <> 0 OR SUM("GrossUnits") <> 0 OR SUM("RemainingUnits") <> 0""";

    public static string CreateSql(string? activeProvider) => AuditTriggers.Provider(activeProvider) switch
    {
        DatabaseProvider.PostgreSql => PostgreSqlCreate(),
        DatabaseProvider.SqlServer => SqlServerCreate(),
        DatabaseProvider.Sqlite => SqliteCreate(),
    };

    public static string DropSql(string? activeProvider) => AuditTriggers.Provider(activeProvider) switch
    {
        DatabaseProvider.PostgreSql => """DROP FUNCTION IF EXISTS "TR_Invoices_ListTotals_Append"() CASCADE;""",
        DatabaseProvider.SqlServer => "DROP TRIGGER IF EXISTS [TR_Invoices_ListTotals];",
        DatabaseProvider.Sqlite => """
            DROP TRIGGER IF EXISTS "TR_Invoices_ListTotals_Insert";
            DROP TRIGGER IF EXISTS "TR_Invoices_ListTotals_Update";
            DROP TRIGGER IF EXISTS "TR_Invoices_ListTotals_Delete";
            """,
    };

    /// <summary>
    /// Folds every row up to <c>{0}</c> (the highest id read in the same transaction) into one row per key and drops the
    /// keys that sum to nothing. It inserts exactly what it deletes, grouped, so the totals never change.
    /// </summary>
    internal static string FoldSql(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => $"""
            WITH moved AS (DELETE FROM "InvoiceListTotals" WHERE "Id" <= @max RETURNING *)
            INSERT INTO "InvoiceListTotals" ({Columns}) SELECT "IssueDate", "Kind", "Status", {Sums} FROM moved
            GROUP BY "IssueDate", "Kind", "Status" HAVING {NonZero};
            """,
        DatabaseProvider.SqlServer => $"""
            DECLARE @moved TABLE ([IssueDate] date NULL, [Kind] nvarchar(20), [Status] nvarchar(20), [Count] bigint, [NetUnits] bigint, [TaxUnits] bigint, [GrossUnits] bigint, [RemainingUnits] bigint);
            DELETE FROM [InvoiceListTotals] OUTPUT deleted.[IssueDate], deleted.[Kind], deleted.[Status], deleted.[Count], deleted.[NetUnits], deleted.[TaxUnits], deleted.[GrossUnits], deleted.[RemainingUnits] INTO @moved WHERE [Id] <= @max;
            INSERT INTO [InvoiceListTotals] ({Columns}) SELECT [IssueDate], [Kind], [Status], {Sums} FROM @moved
            GROUP BY [IssueDate], [Kind], [Status] HAVING {NonZero};
            """,

        // SQLite: one writer at a time and the caller's transaction is IMMEDIATE, so nothing is appended in between.
        DatabaseProvider.Sqlite => $"""
            INSERT INTO "InvoiceListTotals" ({Columns}) SELECT "IssueDate", "Kind", "Status", {Sums} FROM "InvoiceListTotals"
            WHERE "Id" <= @max GROUP BY "IssueDate", "Kind", "Status" HAVING {NonZero};
            DELETE FROM "InvoiceListTotals" WHERE "Id" <= @max;
            """,
    };

    private static string Values(string row, Func<string, string> units, string sign) =>
        $"""{row}."IssueDate", {row}."Kind", {row}."Status", {sign}1, {string.Join(", ", Amounts.Select(a => sign + units($"{row}.\"{a}\"")))}""";

    private static string Changed(string oldRow, string newRow, string distinct) =>
        string.Join(" OR ", Keys.Concat(Amounts).Select(c => $"""{oldRow}."{c}" {distinct} {newRow}."{c}" """.TrimEnd()));

    private static string SqliteUnits(string column) => $"CAST(round(CAST({column} AS REAL) * 10000) AS INTEGER)";

    // The backfill: one row per key over the existing documents.
    private static string Backfill(Func<string, string> units) => $"""
        INSERT INTO "InvoiceListTotals" ({Columns})
        SELECT "IssueDate", "Kind", "Status", COUNT(*), {string.Join(", ", Amounts.Select(a => $"SUM({units($"\"{a}\"")})"))}
        FROM "Invoices" GROUP BY "IssueDate", "Kind", "Status";
        """;

    private static string SqliteCreate() => $"""
        CREATE TRIGGER "TR_Invoices_ListTotals_Insert" AFTER INSERT ON "Invoices"
        BEGIN INSERT INTO "InvoiceListTotals" ({Columns}) VALUES ({Values("NEW", SqliteUnits, "")}); END;
        CREATE TRIGGER "TR_Invoices_ListTotals_Update" AFTER UPDATE ON "Invoices" WHEN {Changed("OLD", "NEW", "IS NOT")}
        BEGIN
            INSERT INTO "InvoiceListTotals" ({Columns}) VALUES ({Values("OLD", SqliteUnits, "-")});
            INSERT INTO "InvoiceListTotals" ({Columns}) VALUES ({Values("NEW", SqliteUnits, "")});
        END;
        CREATE TRIGGER "TR_Invoices_ListTotals_Delete" AFTER DELETE ON "Invoices"
        BEGIN INSERT INTO "InvoiceListTotals" ({Columns}) VALUES ({Values("OLD", SqliteUnits, "-")}); END;
        {Backfill(SqliteUnits)}
        """;

    private static string PostgreSqlUnits(string column) => $"round({column} * 10000)::bigint";

    private static string PostgreSqlCreate() => $$"""
        CREATE FUNCTION "TR_Invoices_ListTotals_Append"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP = 'UPDATE' AND NOT ({{Changed("OLD", "NEW", "IS DISTINCT FROM")}}) THEN RETURN NULL; END IF;
            IF TG_OP <> 'INSERT' THEN
                INSERT INTO "InvoiceListTotals" ({{Columns}}) VALUES ({{Values("OLD", PostgreSqlUnits, "-")}});
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO "InvoiceListTotals" ({{Columns}}) VALUES ({{Values("NEW", PostgreSqlUnits, "")}});
            END IF;
            RETURN NULL;
        END $body$;
        CREATE TRIGGER "TR_Invoices_ListTotals" AFTER INSERT OR UPDATE OR DELETE ON "Invoices" FOR EACH ROW EXECUTE FUNCTION "TR_Invoices_ListTotals_Append"();
        {{Backfill(PostgreSqlUnits)}}
        """;

    private static string SqlServerUnits(string column) => $"CAST(ROUND({column} * 10000, 0) AS bigint)";

    // Set-based (one statement for the whole batch): the old rows negated, the new rows as they are, except the rows
    // whose columns did not change ("EXISTS (SELECT old INTERSECT SELECT new)" compares them NULL-safely).
    private static string SqlServerCreate()
    {
        var columns = Keys.Concat(Amounts).ToList();
        string Same(string row, string other) =>
            $"EXISTS (SELECT 1 FROM {other} o WHERE o.[Id] = {row}.[Id] AND EXISTS (SELECT {string.Join(", ", columns.Select(c => $"{row}.[{c}]"))} INTERSECT SELECT {string.Join(", ", columns.Select(c => $"o.[{c}]"))}))";
        return $"""
        CREATE TRIGGER [TR_Invoices_ListTotals] ON [Invoices] AFTER INSERT, UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            INSERT INTO [InvoiceListTotals] ({Columns})
            SELECT {Values("d", SqlServerUnits, "-")} FROM deleted d WHERE NOT {Same("d", "inserted")}
            UNION ALL
            SELECT {Values("i", SqlServerUnits, "")} FROM inserted i WHERE NOT {Same("i", "deleted")};
        END
        GO
        {Backfill(SqlServerUnits)}
        """;
    }
}
