using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Facturation.Application.Data.Interceptors;

/// <summary>
/// Microsoft.Data.Sqlite leaves busy_timeout at 0, so a second writer fails at once with "database is locked"
/// instead of queueing behind the first. Five seconds lets concurrent finalizations wait their turn.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout=5000;";

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
