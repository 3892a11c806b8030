using Facturation.Application.Audit;
using Facturation.Application.Data;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// The SQL of the list's rollup (<see cref="InvoiceListTotal"/>, ADR-031): the triggers that append a row for every
/// insert, delete and change of a document's issue date, kind, status or stored amounts, the backfill of existing
/// documents, and the fold that <see cref="InvoiceListTotalsJob"/> runs (all written by <see cref="RollupTable"/>).
/// Called from the migration: <c>migrationBuilder.Sql(InvoiceListTotalsSql.CreateSql(migrationBuilder.ActiveProvider))</c>
/// and <c>DropSql</c>.
/// </summary>
public static class InvoiceListTotalsSql
{
    public static readonly RollupTable Rollup = new(
        "InvoiceListTotals",
        "Invoices",
        "TR_Invoices_ListTotals",
        [("IssueDate", "date NULL"), ("Kind", "nvarchar(20)"), ("Status", "nvarchar(20)")],
        [("TotalNet", "NetUnits"), ("TotalTax", "TaxUnits"), ("TotalGross", "GrossUnits"), ("Remaining", "RemainingUnits")]);

    public static string CreateSql(string? activeProvider) => Rollup.CreateSql(AuditTriggers.Provider(activeProvider));

    public static string DropSql(string? activeProvider) => Rollup.DropSql(AuditTriggers.Provider(activeProvider));
}
