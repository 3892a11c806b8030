using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Facturation.Bench;

/// <summary>
/// Counts the SQL statements EF sends (plus the audit chain's own commands, which go through the same connection
/// but not through EF's command pipeline, so they are not counted): the round trips per finalization are the
/// figure that explains the rate on a 2-core machine, where each one costs a context switch to the database.
/// </summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private static long _count;

    public static long Count => Interlocked.Read(ref _count);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        Counted(result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        Counted(result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        Counted(result);

    private static ValueTask<T> Counted<T>(T result)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
