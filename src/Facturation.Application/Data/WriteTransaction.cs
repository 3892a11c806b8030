using Facturation.Application.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Data;

/// <summary>
/// The one way a number-taking or archiving write step gets its own transaction (ADR-025, ADR-035): on SQLite it joins
/// the group commit when the context can, otherwise it queues in this process's writer gate and opens its own
/// transaction (PostgreSQL, SQL Server, a SQLite context holding its connection open). Either way the step's save runs
/// without EF's automatic savepoint: any failure rolls the step back whole.
/// </summary>
public static class WriteTransaction
{
    /// <summary>Runs <paramref name="step"/> in a transaction of its own and returns its result once committed.</summary>
    public static async Task<T> RunAsync<T>(DbContext db, Func<CancellationToken, Task<T>> step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(step);
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("This write step opens its own transaction: the context already has one.");
        }

        if (SqliteGroupCommit.CanJoin(db))
        {
            // Steps of a group run without cancellation (ADR-035).
            return await SqliteGroupCommit.RunAsync(db, () => step(CancellationToken.None), ct);
        }

        // Declared before the transaction, so a rollback happens before the gate is left.
        using var gate = await SqliteWriterGate.EnterAsync(db.Database, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        using var savepoints = AutoSavepoints.Suspend(db.Database);
        var result = await step(ct);
        await transaction.CommitAsync(ct);
        return result;
    }
}
