using Facturation.Application.Data;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// Fills the amounts the list reads instead of the lines (ADR-022) on rows that existed before they were stored:
/// remaining = gross − paid − credited, and the margin base (net and cost of the item lines with a cost price,
/// with a situation line's progress share), the first download from the download log and the last change from the history. Called once from the migration:
/// <c>migrationBuilder.Sql(StoredAmountsBackfill.Sql(migrationBuilder.ActiveProvider))</c>.
/// SQLite keeps decimals as text and computes in double: each sum is nudged by 1e-9 away from zero before
/// rounding to the cent (so a half cent rounds away from zero like <c>Money.Round</c>) and written back as text.
/// </summary>
public static class StoredAmountsBackfill
{
    public static string Sql(string? activeProvider)
    {
        var provider = activeProvider switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.PostgreSql,
            "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
            "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
            _ => throw new NotSupportedException($"No backfill for provider {activeProvider}."),
        };
        var (open, close) = provider == DatabaseProvider.SqlServer ? ("[", "]") : ("\"", "\"");
        string C(string name) => open + name + close;
        string Round(string x) => provider == DatabaseProvider.Sqlite
            ? $"ROUND(({x}) + (CASE WHEN ({x}) >= 0 THEN 1e-9 ELSE -1e-9 END), 2)"
            : $"ROUND({x}, 2)";
        string Stored(string x) => provider == DatabaseProvider.Sqlite ? $"printf('%.2f', {x})" : x;

        var full = Round($"l.{C("Quantity")} * l.{C("UnitPrice")} * (1 - l.{C("DiscountPercent")} / 100.0)");
        var net = $"CASE WHEN l.{C("CumulativePercent")} IS NULL THEN {full} ELSE {Round($"{full} * l.{C("CumulativePercent")} / 100.0")} - {Round($"{full} * COALESCE(l.{C("PreviousPercent")}, 0) / 100.0")} END";
        var costed = $"FROM {C("InvoiceLines")} l WHERE l.{C("InvoiceId")} = {C("Invoices")}.{C("Id")} AND l.{C("Kind")} = 'Item' AND l.{C("CostPrice")} IS NOT NULL";
        return $"""
            UPDATE {C("Invoices")} SET
                {C("Remaining")} = {Stored($"{C("TotalGross")} - {C("PaidAmount")} - {C("CreditedAmount")}")},
                {C("CostedNet")} = {Stored($"COALESCE((SELECT SUM({net}) {costed}), 0)")},
                {C("CostTotal")} = {Stored($"COALESCE((SELECT {Round($"SUM(l.{C("Quantity")} * l.{C("CostPrice")})")} {costed}), 0)")},
                {C("FirstDownloadedAtUtc")} = (SELECT MIN(d.{C("AtUtc")}) FROM {C("InvoiceDownloads")} d WHERE d.{C("InvoiceId")} = {C("Invoices")}.{C("Id")}),
                {C("LastModifiedAtUtc")} = COALESCE((SELECT MAX(h.{C("AtUtc")}) FROM {C("InvoiceHistory")} h WHERE h.{C("InvoiceId")} = {C("Invoices")}.{C("Id")}), {C("CreatedAtUtc")});
            """;
    }
}
