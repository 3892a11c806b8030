using Facturation.Application.Audit;
using Facturation.Application.Data;

namespace Facturation.Application.Payments.Journal;

/// <summary>
/// The SQL of the journal's rollup (<see cref="PaymentJournalTotal"/>, ADR-032): triggers on <c>Payments</c> that append
/// a row for every insert, delete and change of a payment's date, method, direction, status or amount, and the backfill
/// of existing payments (written by <see cref="RollupTable"/>, like the sales list's). Called from the migration:
/// <c>migrationBuilder.Sql(PaymentJournalTotalsSql.CreateSql(migrationBuilder.ActiveProvider))</c> and <c>DropSql</c>.
/// </summary>
public static class PaymentJournalTotalsSql
{
    public static readonly RollupTable Rollup = new(
        "PaymentJournalTotals",
        "Payments",
        "TR_Payments_JournalTotals",
        [("Date", "date"), ("Method", "nvarchar(20)"), ("Direction", "nvarchar(20)"), ("Status", "nvarchar(20)")],
        [("Amount", "AmountUnits")]);

    public static string CreateSql(string? activeProvider) => Rollup.CreateSql(AuditTriggers.Provider(activeProvider));

    public static string DropSql(string? activeProvider) => Rollup.DropSql(AuditTriggers.Provider(activeProvider));
}
