using System.Data.Common;
using Facturation.Application.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Facturation.Application.Data.Interceptors;

/// <summary>
/// Microsoft.Data.Sqlite leaves busy_timeout at 0, so a second writer fails at once with "database is locked"
/// instead of queueing behind the first. Five seconds lets concurrent finalizations wait their turn.
/// The first-run demo data (ADR-030) writes thousands of small transactions: while it plays (and only in its async
/// flow) a commit is not flushed to disk one by one (WAL <c>synchronous=NORMAL</c>: a power cut may lose the last
/// commits, never consistency); every other connection open sets the default <c>FULL</c> back, pooled or not.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    private const string Durable = "PRAGMA busy_timeout=5000; PRAGMA synchronous=FULL;";

    private const string DemoSeeding = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";

    private static string Pragma => SimulatedBusinessTime.Current is null ? Durable : DemoSeeding;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
