namespace Facturation.Application.Data;

/// <summary>
/// An append-only rollup of a source table kept by database triggers (ADR-031): one row per insert and delete of a
/// source row, two per change of its key or amount columns (the old values negated, the new ones), each with a count and
/// the amounts as exact integer ten-thousandths; a fold (<c>RollupFoldJob</c>) merges the rows into one per key. This
/// type writes that SQL for every provider from the table's description, so each rollup only names its columns.
/// </summary>
/// <param name="Table">The rollup table.</param>
/// <param name="Source">The table the triggers watch (it has an <c>Id</c> column).</param>
/// <param name="Trigger">The triggers' base name.</param>
/// <param name="Keys">The grouping columns, named as in the source, with their SQL Server type (for the fold's table variable).</param>
/// <param name="Amounts">The source's amount columns and the rollup's units column for each.</param>
public sealed record RollupTable(
    string Table,
    string Source,
    string Trigger,
    IReadOnlyList<(string Column, string SqlServerType)> Keys,
    IReadOnlyList<(string Source, string Units)> Amounts)
{
    private IEnumerable<string> KeyNames => Keys.Select(k => k.Column);

    private string KeyList => string.Join(", ", KeyNames.Select(k => $"\"{k}\""));

    private string Columns => string.Join(", ", KeyNames.Append("Count").Concat(Amounts.Select(a => a.Units)).Select(c => $"\"{c}\""));

    private string Sums => string.Join(", ", Amounts.Select(a => a.Units).Prepend("Count").Select(c => $"SUM(\"{c}\")"));

    private string NonZero => string.Join(" OR ", Amounts.Select(a => a.Units).Prepend("Count").Select(c => $"SUM(\"{c}\") <> 0"));

    /// <summary>The triggers, then the backfill of the rows already in the source (one rollup row per key).</summary>
    public string CreateSql(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => PostgreSqlCreate(),
        DatabaseProvider.SqlServer => SqlServerCreate(),
        DatabaseProvider.Sqlite => SqliteCreate(),
    };

    public string DropSql(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => $"""DROP FUNCTION IF EXISTS "{Trigger}_Append"() CASCADE;""",
        DatabaseProvider.SqlServer => $"DROP TRIGGER IF EXISTS [{Trigger}];",
        DatabaseProvider.Sqlite => $"""
            DROP TRIGGER IF EXISTS "{Trigger}_Insert";
            DROP TRIGGER IF EXISTS "{Trigger}_Update";
            DROP TRIGGER IF EXISTS "{Trigger}_Delete";
            """,
    };

    /// <summary>
    /// Folds every row up to <c>@max</c> (the highest id read in the same transaction) into one row per key and drops the
    /// keys that sum to nothing. It inserts exactly what it deletes, grouped, so the totals never change.
    /// </summary>
    public string FoldSql(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => $"""
            WITH moved AS (DELETE FROM "{Table}" WHERE "Id" <= @max RETURNING *)
            INSERT INTO "{Table}" ({Columns}) SELECT {KeyList}, {Sums} FROM moved
            GROUP BY {KeyList} HAVING {NonZero};
            """,
        DatabaseProvider.SqlServer => $"""
            DECLARE @moved TABLE ({string.Join(", ", Keys.Select(k => $"[{k.Column}] {k.SqlServerType}").Append("[Count] bigint").Concat(Amounts.Select(a => $"[{a.Units}] bigint")))});
            DELETE FROM [{Table}] OUTPUT {string.Join(", ", KeyNames.Append("Count").Concat(Amounts.Select(a => a.Units)).Select(c => $"deleted.[{c}]"))} INTO @moved WHERE [Id] <= @max;
            INSERT INTO [{Table}] ({Columns}) SELECT {string.Join(", ", KeyNames.Select(k => $"[{k}]"))}, {Sums} FROM @moved
            GROUP BY {string.Join(", ", KeyNames.Select(k => $"[{k}]"))} HAVING {NonZero};
            """,

        // SQLite: one writer at a time and the caller's transaction is IMMEDIATE, so nothing is appended in between.
        DatabaseProvider.Sqlite => $"""
            INSERT INTO "{Table}" ({Columns}) SELECT {KeyList}, {Sums} FROM "{Table}"
            WHERE "Id" <= @max GROUP BY {KeyList} HAVING {NonZero};
            DELETE FROM "{Table}" WHERE "Id" <= @max;
            """,
    };

    /// <summary>How many rows a fold would remove: rows beyond one per key (one plain query, the same on every provider).</summary>
    public string FoldableSql => $"""
        SELECT CAST(COUNT(*) AS bigint) - (SELECT CAST(COUNT(*) AS bigint) FROM (SELECT DISTINCT {KeyList} FROM "{Table}") AS k) AS "Value"
        FROM "{Table}"
        """;

    /// <summary>The rollup's version (<see cref="RollupVersion"/>) in one plain aggregate, the same text on every provider (LINQ's GroupBy would add a sort).</summary>
    public string VersionSql => $"""
        SELECT CAST(COUNT(*) AS bigint) AS "Count", CAST(COALESCE(MAX("Id"), 0) AS bigint) AS "MaxId", CAST(COALESCE(SUM("Id"), 0) AS bigint) AS "IdSum"
        FROM "{Table}"
        """;

    /// <summary>The highest id, as <c>Value</c>, NULL when empty.</summary>
    public string MaxIdSql => $"""SELECT CAST(MAX("Id") AS bigint) AS "Value" FROM "{Table}" """;

    /// <summary>The rows a fold up to <c>@max</c> moves, as <c>Value</c>.</summary>
    public string CountUpToSql => $"""SELECT CAST(COUNT(*) AS bigint) AS "Value" FROM "{Table}" WHERE "Id" <= @max""";

    private string Values(string row, Func<string, string> units, string sign) =>
        string.Join(", ", KeyNames.Select(k => $"{row}.\"{k}\"").Append($"{sign}1").Concat(Amounts.Select(a => sign + units($"{row}.\"{a.Source}\""))));

    private string Changed(string oldRow, string newRow, string distinct) =>
        string.Join(" OR ", KeyNames.Concat(Amounts.Select(a => a.Source)).Select(c => $"""{oldRow}."{c}" {distinct} {newRow}."{c}" """.TrimEnd()));

    private static string SqliteUnits(string column) => $"CAST(round(CAST({column} AS REAL) * 10000) AS INTEGER)";

    private string Backfill(Func<string, string> units) => $"""
        INSERT INTO "{Table}" ({Columns})
        SELECT {KeyList}, COUNT(*), {string.Join(", ", Amounts.Select(a => $"SUM({units($"\"{a.Source}\"")})"))}
        FROM "{Source}" GROUP BY {KeyList};
        """;

    private string SqliteCreate() => $"""
        CREATE TRIGGER "{Trigger}_Insert" AFTER INSERT ON "{Source}"
        BEGIN INSERT INTO "{Table}" ({Columns}) VALUES ({Values("NEW", SqliteUnits, "")}); END;
        CREATE TRIGGER "{Trigger}_Update" AFTER UPDATE ON "{Source}" WHEN {Changed("OLD", "NEW", "IS NOT")}
        BEGIN
            INSERT INTO "{Table}" ({Columns}) VALUES ({Values("OLD", SqliteUnits, "-")});
            INSERT INTO "{Table}" ({Columns}) VALUES ({Values("NEW", SqliteUnits, "")});
        END;
        CREATE TRIGGER "{Trigger}_Delete" AFTER DELETE ON "{Source}"
        BEGIN INSERT INTO "{Table}" ({Columns}) VALUES ({Values("OLD", SqliteUnits, "-")}); END;
        {Backfill(SqliteUnits)}
        """;

    private static string PostgreSqlUnits(string column) => $"round({column} * 10000)::bigint";

    private string PostgreSqlCreate() => $$"""
        CREATE FUNCTION "{{Trigger}}_Append"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP = 'UPDATE' AND NOT ({{Changed("OLD", "NEW", "IS DISTINCT FROM")}}) THEN RETURN NULL; END IF;
            IF TG_OP <> 'INSERT' THEN
                INSERT INTO "{{Table}}" ({{Columns}}) VALUES ({{Values("OLD", PostgreSqlUnits, "-")}});
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO "{{Table}}" ({{Columns}}) VALUES ({{Values("NEW", PostgreSqlUnits, "")}});
            END IF;
            RETURN NULL;
        END $body$;
        CREATE TRIGGER "{{Trigger}}" AFTER INSERT OR UPDATE OR DELETE ON "{{Source}}" FOR EACH ROW EXECUTE FUNCTION "{{Trigger}}_Append"();
        {{Backfill(PostgreSqlUnits)}}
        """;

    private static string SqlServerUnits(string column) => $"CAST(ROUND({column} * 10000, 0) AS bigint)";

    // Set-based (one statement for the whole batch): the old rows negated, the new rows as they are, except the rows
    // whose columns did not change ("EXISTS (SELECT old INTERSECT SELECT new)" compares them NULL-safely).
    private string SqlServerCreate()
    {
        var columns = KeyNames.Concat(Amounts.Select(a => a.Source)).ToList();
        string Same(string row, string other) =>
            $"EXISTS (SELECT 1 FROM {other} o WHERE o.[Id] = {row}.[Id] AND EXISTS (SELECT {string.Join(", ", columns.Select(c => $"{row}.[{c}]"))} INTERSECT SELECT {string.Join(", ", columns.Select(c => $"o.[{c}]"))}))";
        return $"""
        CREATE TRIGGER [{Trigger}] ON [{Source}] AFTER INSERT, UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            INSERT INTO [{Table}] ({Columns})
            SELECT {Values("d", SqlServerUnits, "-")} FROM deleted d WHERE NOT {Same("d", "inserted")}
            UNION ALL
            SELECT {Values("i", SqlServerUnits, "")} FROM inserted i WHERE NOT {Same("i", "deleted")};
        END
        GO
        {Backfill(SqlServerUnits)}
        """;
    }
}
