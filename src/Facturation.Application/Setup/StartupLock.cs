using System.Data.Common;
using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Facturation.Application.Setup;

/// <summary>
/// A database-wide lock held while one instance migrates and seeds, so that instances started together on an empty
/// database run the start-up one after the other (EF Core's own migration lock does not cover creating its history
/// table on PostgreSQL, nor the seeding). PostgreSQL: a session advisory lock; SQL Server: a session application
/// lock; SQLite: an exclusive lock on a file beside the database (SQLite's own locking covers one statement or
/// transaction, not the whole start-up: two instances both inserted the roles).
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any constant shared by every instance; "Fact" in ASCII.</summary>
    private const long PostgresKey = 0x46616374;
    private const string SqlServerResource = "Facturation.Startup";

    private static readonly TimeSpan FileLockRetry = TimeSpan.FromMilliseconds(200);

    private readonly FacturationDb _db;
    private readonly string? _releaseSql;
    private readonly FileStream? _lockFile;

    private StartupLock(FacturationDb db, string? releaseSql, FileStream? lockFile = null)
    {
        _db = db;
        _releaseSql = releaseSql;
        _lockFile = lockFile;
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
            return new StartupLock(db, null, db.Database.IsSqlite() ? await LockFileAsync(db, ct) : null);
        }

        await EnsureDatabaseExistsAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);

        // Waiting for another instance's migrations may take longer than a command timeout: wait without one.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        await db.Database.ExecuteSqlRawAsync(acquire, ct);
        db.Database.SetCommandTimeout(timeout);
        return new StartupLock(db, release);
    }

    public async ValueTask DisposeAsync()
    {
        if (_lockFile is not null)
        {
            await _lockFile.DisposeAsync();
        }

        if (_releaseSql is null)
        {
            return;
        }

        try
        {
            await _db.Database.ExecuteSqlRawAsync(_releaseSql);
        }
        catch
        {
            // The pool keeps PostgreSQL sessions as they are (no reset on close, ADR-036): a connection still holding
            // the lock must end its session instead of going back to the pool, which ends the lock with it.
            if (_db.Database.GetDbConnection() is NpgsqlConnection postgres)
            {
                NpgsqlConnection.ClearPool(postgres);
            }

            throw;
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Opened without sharing: another process (or instance) waits until the first closes it.</summary>
    private static async Task<FileStream?> LockFileAsync(FacturationDb db, CancellationToken ct)
    {
        var database = db.Database.GetDbConnection().DataSource;
        if (string.IsNullOrEmpty(database) || database == ":memory:")
        {
            return null;
        }

        var path = Path.GetFullPath(database) + ".startup-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(FileLockRetry, ct);
            }
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
