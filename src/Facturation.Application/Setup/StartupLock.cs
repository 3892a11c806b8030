using System.Data.Common;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Facturation.Application.Setup;

/// <summary>
/// A database-wide lock held while one instance migrates and seeds, so that instances started together on an empty
/// database run the start-up one after the other (EF Core's own migration lock does not cover creating its history
/// table on PostgreSQL, nor the seeding). PostgreSQL: a session advisory lock; SQL Server: a session application
/// lock; SQLite: nothing more than its own file lock (a writer waits for the other, see the busy timeout).
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any constant shared by every instance; "Fact" in ASCII.</summary>
    private const long PostgresKey = 0x46616374;
    private const string SqlServerResource = "Facturation.Startup";

    private readonly FacturationDb _db;
    private readonly string? _releaseSql;

    private StartupLock(FacturationDb db, string? releaseSql)
    {
        _db = db;
        _releaseSql = releaseSql;
    }

    public static async Task<StartupLock> AcquireAsync(FacturationDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (acquire, release) = db.Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => ($"SELECT pg_advisory_lock({PostgresKey})", $"SELECT pg_advisory_unlock({PostgresKey})"),
            "Microsoft.EntityFrameworkCore.SqlServer" => (
                $"EXEC sp_getapplock @Resource = '{SqlServerResource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1",
                $"EXEC sp_releaseapplock @Resource = '{SqlServerResource}', @LockOwner = 'Session'"),
            _ => ((string?)null, (string?)null),
        };
        if (acquire is null)
        {
            return new StartupLock(db, null);
        }

        await EnsureDatabaseExistsAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(acquire, ct);
        return new StartupLock(db, release);
    }

    public async ValueTask DisposeAsync()
    {
        if (_releaseSql is null)
        {
            return;
        }

        try
        {
            await _db.Database.ExecuteSqlRawAsync(_releaseSql);
        }
        finally
        {
            // Closing the session releases the lock anyway.
            await _db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The lock needs a connection, hence a database: create it first, tolerating a concurrent creation.</summary>
    private static async Task EnsureDatabaseExistsAsync(FacturationDb db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(ct);
        }
        catch (DbException)
        {
            // Another instance may have created it in the meantime; otherwise the failure stands.
            if (!await creator.ExistsAsync(ct))
            {
                throw;
            }
        }
    }
}
