namespace Facturation.Application.Audit;

/// <summary>
/// ADR-027: the dossier link of an issued document may change after issue (it feeds statistics, not the legal
/// content), so the audit triggers stop guarding <c>DossierId</c>. Called once from the migration:
/// Up <c>migrationBuilder.Sql(OperationalLinkTriggers.UpSql(migrationBuilder.ActiveProvider))</c>,
/// Down <c>migrationBuilder.Sql(OperationalLinkTriggers.DownSql(migrationBuilder.ActiveProvider))</c>.
/// </summary>
public static class OperationalLinkTriggers
{
    private static readonly IReadOnlyList<string> ColumnsBefore = [.. AuditTriggers.LegalInvoiceColumns, "DossierId"];

    public static string UpSql(string? activeProvider) => Recreate(activeProvider, AuditTriggers.LegalInvoiceColumns);

    public static string DownSql(string? activeProvider) => Recreate(activeProvider, ColumnsBefore);

    private static string Recreate(string? activeProvider, IReadOnlyList<string> columns) =>
        AuditTriggers.DropSql(activeProvider) + Separator(activeProvider) + AuditTriggers.CreateSql(activeProvider, columns);

    // SQL Server runs each trigger definition in its own batch.
    private static string Separator(string? activeProvider) =>
        activeProvider == "Microsoft.EntityFrameworkCore.SqlServer" ? "\nGO\n" : "\n";
}
