using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Application.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// Job <c>list-totals</c>: folds the rollup rows appended by the triggers (<see cref="InvoiceListTotal"/>) into one row
/// per issue date, kind and status once enough have piled up, so that a summary over the whole list reads a few
/// thousand rows whatever the number of documents. Safe with several instances: the fold inserts exactly the rows it
/// deletes, grouped, in one transaction (a concurrent fold skips the rows already moved).
/// </summary>
public sealed class InvoiceListTotalsJob(FacturationDb db) : IScheduledJob
{
    /// <summary>Rows beyond one per key before a fold is worth it.</summary>
    public const int FoldThreshold = 500;

    public string Name => "list-totals";

    public async Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken)
    {
        var rows = await db.InvoiceListTotals.CountAsync(cancellationToken);
        var keys = await db.InvoiceListTotals.Select(t => new { t.IssueDate, t.Kind, t.Status }).Distinct().CountAsync(cancellationToken);
        return rows - keys < FoldThreshold ? 0 : await FoldAsync(cancellationToken);
    }

    /// <summary>Folds every row now present; returns how many rows were folded.</summary>
    public async Task<int> FoldAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var max = await db.InvoiceListTotals.MaxAsync(t => (long?)t.Id, cancellationToken);
        if (max is not { } last)
        {
            return 0;
        }

        var folded = await db.InvoiceListTotals.CountAsync(t => t.Id <= last, cancellationToken);
        var provider = AuditTriggers.Provider(db.Database.ProviderName);
        await db.Database.ExecuteSqlRawAsync(InvoiceListTotalsSql.FoldSql(provider), [Parameter(provider, last)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return folded;
    }

    private static object Parameter(DatabaseProvider provider, long max) => provider switch
    {
        DatabaseProvider.PostgreSql => new Npgsql.NpgsqlParameter("max", max),
        DatabaseProvider.SqlServer => new Microsoft.Data.SqlClient.SqlParameter("@max", max),
        DatabaseProvider.Sqlite => new Microsoft.Data.Sqlite.SqliteParameter("@max", max),
    };
}
