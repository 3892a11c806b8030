using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Numbering;

/// <summary>
/// Takes the next counter value of a series and period with ONE atomic statement, inside the caller's
/// transaction: the counter row stays locked until that transaction commits or rolls back, so concurrent
/// finalizations (even from other app instances) queue on it, and a rolled-back finalization gives its
/// number back. Nothing is cached in memory.
/// </summary>
public sealed class NumberAllocator(FacturationDb db)
{
    public async Task<long> NextAsync(int seriesId, string period, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A number must be taken inside the finalizing transaction.");
        }

        var query = db.Database.ProviderName switch
        {
            // SQLite: the write transaction (BEGIN IMMEDIATE) already serializes writers.
            // PostgreSQL: the upsert takes a row lock held until commit.
            "Microsoft.EntityFrameworkCore.Sqlite" or "Npgsql.EntityFrameworkCore.PostgreSQL" => db.Database.SqlQuery<long>($"""
                INSERT INTO "NumberCounters" ("SeriesId", "Period", "NextValue") VALUES ({seriesId}, {period}, 2)
                ON CONFLICT ("SeriesId", "Period") DO UPDATE SET "NextValue" = "NumberCounters"."NextValue" + 1
                RETURNING "NextValue" - 1 AS "Value"
                """),
            // SQL Server: HOLDLOCK makes the MERGE's existence check and its write one serializable step.
            "Microsoft.EntityFrameworkCore.SqlServer" => db.Database.SqlQuery<long>($"""
                MERGE [NumberCounters] WITH (HOLDLOCK) AS target
                USING (SELECT {seriesId} AS [SeriesId], {period} AS [Period]) AS source
                ON target.[SeriesId] = source.[SeriesId] AND target.[Period] = source.[Period]
                WHEN MATCHED THEN UPDATE SET [NextValue] = target.[NextValue] + 1
                WHEN NOT MATCHED THEN INSERT ([SeriesId], [Period], [NextValue]) VALUES (source.[SeriesId], source.[Period], 2)
                OUTPUT inserted.[NextValue] - 1 AS [Value];
                """),
            var other => throw new NotSupportedException($"No number allocation for provider {other}."),
        };

        // SingleAsync would compose SQL around a non-composable statement; materialize first.
        var values = await query.ToListAsync(ct);
        return values.Single();
    }

    /// <summary>The value the next allocation would return (for previews; never reserves anything).</summary>
    public async Task<long> PeekAsync(int seriesId, string period, CancellationToken ct) =>
        await db.Set<NumberCounter>().AsNoTracking()
            .Where(c => c.SeriesId == seriesId && c.Period == period)
            .Select(c => (long?)c.NextValue)
            .SingleOrDefaultAsync(ct) ?? 1;
}
