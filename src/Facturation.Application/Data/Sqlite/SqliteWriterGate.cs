using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Facturation.Application.Data.Sqlite;

/// <summary>
/// A process-wide FIFO queue of the writers that take a legal number on one SQLite file (ADR-025, session 11).
/// Without it, concurrent finalizations queue inside SQLite's busy handler, which SLEEPS between retries (1, 2, 5 … 100 ms)
/// and wakes up late: sixteen workers finalized fewer documents per second than one. Entered just before the method's
/// own <c>BEGIN IMMEDIATE</c> and left right after its commit or rollback, so the next writer starts at once.
/// It only orders this process's writers: the database's lock stays the guarantee (other processes, other code paths
/// still queue through <c>busy_timeout</c>). The wait is bounded by the same five seconds as <c>busy_timeout</c>; past it
/// the writer goes on without the gate and SQLite decides, so no code path can deadlock on it.
/// </summary>
public static class SqliteWriterGate
{
    /// <summary>As long as <c>PRAGMA busy_timeout</c> (SqliteBusyTimeoutInterceptor).</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for the gate of the context's SQLite database; a lease that holds nothing on another provider or when the
    /// wait timed out. Dispose the lease after the commit or rollback (disposing twice releases once).
    /// </summary>
    public static Task<Lease> EnterAsync(DatabaseFacade database, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsSqlite() && database.GetConnectionString() is { } connectionString
            ? EnterAsync(KeyOf(connectionString), Wait, ct)
            : Task.FromResult(new Lease(null));
    }

    /// <summary>The gate of one database file (the key: its full path), waited for at most <paramref name="wait"/>.</summary>
    internal static async Task<Lease> EnterAsync(string key, TimeSpan wait, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        return new Lease(await gate.WaitAsync(wait, ct) ? gate : null);
    }

    /// <summary>One gate per database file, whatever else the connection string says.</summary>
    internal static string KeyOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(source) || source.StartsWith(':') || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? connectionString
            : Path.GetFullPath(source);
    }

    /// <summary>The gate while held; nothing when it was not entered.</summary>
    public sealed class Lease(SemaphoreSlim? gate) : IDisposable
    {
        private SemaphoreSlim? _gate = gate;

        /// <summary>True when this writer holds the gate (false: another provider, or the wait timed out).</summary>
        public bool Held => Volatile.Read(ref _gate) is not null;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
