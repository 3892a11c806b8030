using System.Data.Common;
using System.Runtime.CompilerServices;
using Facturation.Application.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Facturation.Application.Data.Interceptors;

/// <summary>
/// Microsoft.Data.Sqlite leaves busy_timeout at 0, so a second writer fails at once with "database is locked"
/// instead of queueing behind the first. Five seconds lets concurrent finalizations wait their turn.
/// The first-run demo data (ADR-030) writes thousands of small transactions: while it plays (and only in its async
/// flow) a commit is not flushed to disk one by one (WAL <c>synchronous=NORMAL</c>: a power cut may lose the last
/// commits, never consistency); every other connection open sets the default <c>FULL</c> back, pooled or not.
/// The settings belong to the native connection, which Microsoft.Data.Sqlite pools: they are sent only when that
/// connection does not have them yet (a page of the list opens it four times).
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    private const string Durable = "PRAGMA busy_timeout=5000; PRAGMA synchronous=FULL;";

    private const string DemoSeeding = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";

    /// <summary>The settings last sent on each pooled native connection (dropped with it).</summary>
    private static readonly ConditionalWeakTable<sqlite3, string> Applied = [];

    private static string Pragma => SimulatedBusinessTime.Current is null ? Durable : DemoSeeding;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Missing(connection) is { } pragma)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragma;
            command.ExecuteNonQuery();
            Remember(connection, pragma);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Missing(connection) is { } pragma)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection, pragma);
        }
    }

    /// <summary>The settings to send, or null when the native connection already has them.</summary>
    private static string? Missing(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var pragma = Pragma;
        return connection is SqliteConnection { Handle: { } handle } && Applied.TryGetValue(handle, out var applied) && ReferenceEquals(applied, pragma)
            ? null
            : pragma;
    }

    private static void Remember(DbConnection connection, string pragma)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Applied.AddOrUpdate(handle, pragma);
        }
    }
}
