using Facturation.Application.Audit;
using Facturation.Application.Data;
using Facturation.Application.Jobs;
using Facturation.Application.Payments.Journal;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// Job <c>list-totals</c>: folds the rows appended by the triggers to the rollups — the sales list's
/// (<see cref="InvoiceListTotal"/>) and the payments journal's (<see cref="PaymentJournalTotal"/>) — into one row per key
/// once enough have piled up, so that a footer over a whole list reads a few thousand rows whatever the number of
/// documents. Safe with several instances: a fold inserts exactly the rows it deletes, grouped, in one transaction (a
/// concurrent fold skips the rows already moved).
/// </summary>
public sealed class InvoiceListTotalsJob(FacturationDb db) : IScheduledJob
{
    /// <summary>Rows beyond one per key before a fold is worth it.</summary>
    public const int FoldThreshold = 500;

    private static readonly RollupTable[] Rollups = [InvoiceListTotalsSql.Rollup, PaymentJournalTotalsSql.Rollup];

    public string Name => "list-totals";

    public async Task<int> RunDueAsync(string workerId, CancellationToken cancellationToken)
    {
        var folded = 0;
        foreach (var rollup in Rollups)
        {
            var foldable = await db.Database.SqlQueryRaw<long>(rollup.FoldableSql).SingleAsync(cancellationToken);
            folded += foldable < FoldThreshold ? 0 : await FoldAsync(rollup, cancellationToken);
        }

        return folded;
    }

    /// <summary>Folds every row now present in both rollups; returns how many rows were folded.</summary>
    public async Task<int> FoldAsync(CancellationToken cancellationToken)
    {
        var folded = 0;
        foreach (var rollup in Rollups)
        {
            folded += await FoldAsync(rollup, cancellationToken);
        }

        return folded;
    }

    private async Task<int> FoldAsync(RollupTable rollup, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var max = await db.Database.SqlQueryRaw<long?>(rollup.MaxIdSql).SingleAsync(cancellationToken);
        if (max is not { } last)
        {
            return 0;
        }

        var provider = AuditTriggers.Provider(db.Database.ProviderName);
        var folded = await db.Database.SqlQueryRaw<long>(rollup.CountUpToSql, Parameter(provider, last)).SingleAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(rollup.FoldSql(provider), [Parameter(provider, last)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (int)folded;
    }

    private static object Parameter(DatabaseProvider provider, long max) => provider switch
    {
        DatabaseProvider.PostgreSql => new Npgsql.NpgsqlParameter("max", max),
        DatabaseProvider.SqlServer => new Microsoft.Data.SqlClient.SqlParameter("@max", max),
        DatabaseProvider.Sqlite => new Microsoft.Data.Sqlite.SqliteParameter("@max", max),
    };
}
