using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Facturation.Application.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Facturation.Application.Data.Sqlite;

/// <summary>
/// Group commit on SQLite (ADR-035): the write steps of several concurrent callers run in ONE write transaction, each
/// under its own savepoint, and one commit (one WAL flush, one audit-chain append) makes them durable together.
/// SQLite has one writer at a time, and a finalization held it ≈ 4.5 ms, of which the transaction's own begin, commit
/// and flush were a large share; with sixteen callers the writer was busy 90 % of the time.
/// <para>
/// Leader and followers: a caller queues its step; the first one when nobody leads becomes the leader, enters the
/// process's <see cref="SqliteWriterGate"/>, takes the callers queued by then (itself first, at most
/// <see cref="MaxBatch"/>) and runs their steps one after the other on its own connection — each follower's
/// <see cref="DbContext"/> is pointed at that connection and transaction for its step, then given its own back. A
/// step that fails is rolled back to its savepoint (its number, rows and audit entries with it) and only its caller
/// gets the error; the others commit. If the commit fails, or SQLite rolled the whole transaction back, every caller
/// of the group gets the error and nothing of the group is written. After the commit the leader hands the lead to
/// the first caller still queued, so no caller leads forever.
/// </para>
/// <para>
/// Each step runs in its caller's execution context (async-local state such as the simulated business time, the
/// request and the trace), and without cancellation: interrupting a SQLite statement inside a transaction may roll the whole
/// transaction back, which would take the other callers' work with it.
/// </para>
/// </summary>
public static class SqliteGroupCommit
{
    /// <summary>At most this many callers share one transaction.</summary>
    internal const int MaxBatch = 32;

    private static readonly ConcurrentDictionary<string, Group> Groups = new(StringComparer.Ordinal);

    /// <summary>Group transactions committed on a database file by this process (diagnostics and tests).</summary>
    internal static long CommitsOn(string key) => Groups.TryGetValue(key, out var group) ? group.Commits : 0;

    /// <summary>Callers queued on a database file and not yet taken into a group (tests).</summary>
    internal static int QueuedOn(string key) => Groups.TryGetValue(key, out var group) ? group.Queued : 0;

    /// <summary>
    /// True when the context can take part: SQLite, no transaction of its own, its connection closed (a context that
    /// holds an open connection keeps it, and goes through its own transaction instead).
    /// </summary>
    public static bool CanJoin(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsSqlite()
            && db.Database.CurrentTransaction is null
            && db.Database.GetConnectionString() is not null
            && db.Database.GetDbConnection().State == ConnectionState.Closed;
    }

    /// <summary>
    /// Runs <paramref name="step"/> inside a write transaction shared with other callers, under its own savepoint, and
    /// returns its result once that transaction has committed. <paramref name="step"/> uses <paramref name="db"/>
    /// normally: its connection and transaction are the group's for the duration of the step.
    /// </summary>
    public static async Task<T> RunAsync<T>(DbContext db, Func<Task<T>> step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!CanJoin(db))
        {
            throw new InvalidOperationException("Only a SQLite context without a transaction or an open connection joins a group commit.");
        }

        ct.ThrowIfCancellationRequested();
        var key = SqliteWriterGate.KeyOf(db.Database.GetConnectionString()!);
        var caller = new Caller(db, async () => await step());
        await Groups.GetOrAdd(key, k => new Group(k)).RunAsync(caller);
        return (T)caller.Result!;
    }

    /// <summary>The callers waiting on one database file.</summary>
    private sealed class Group(string key)
    {
        private readonly Lock _lock = new();
        private readonly List<Caller> _queued = [];
        private bool _led;
        private long _commits;

        public long Commits => Interlocked.Read(ref _commits);

        public int Queued
        {
            get
            {
                lock (_lock)
                {
                    return _queued.Count;
                }
            }
        }

        public async Task RunAsync(Caller caller)
        {
            bool leads;
            lock (_lock)
            {
                _queued.Add(caller);
                leads = !_led;
                _led = true;
            }

            if (!leads && await Task.WhenAny(caller.Done.Task, caller.Lead.Task) == caller.Done.Task)
            {
                await caller.Done.Task;
                return;
            }

            try
            {
                await LeadAsync(caller);
            }
            catch (Exception error)
            {
                // Only before its batch was taken (LeadAsync settles every caller of a batch itself): leave the queue.
                lock (_lock)
                {
                    _queued.Remove(caller);
                }

                caller.Done.TrySetException(error);
            }
            finally
            {
                HandOver();
            }

            await caller.Done.Task;
        }

        private async Task LeadAsync(Caller leader)
        {
            // The gate orders this group with the process's other writers (corrections, statements, archives).
            using var gate = await SqliteWriterGate.EnterAsync(key, SqliteWriterGate.Wait, CancellationToken.None);
            List<Caller> batch;
            lock (_lock)
            {
                var count = Math.Min(MaxBatch, _queued.Count);
                batch = _queued.GetRange(0, count);
                _queued.RemoveRange(0, count);
            }

            Debug.Assert(ReferenceEquals(batch[0], leader), "The leader is the first caller of its batch.");
            try
            {
                await RunBatchAsync(leader.Db, batch);
                Interlocked.Increment(ref _commits);
                foreach (var caller in batch)
                {
                    caller.Complete();
                }
            }
            catch (Exception error)
            {
                // Begin, commit or the transaction itself failed: nothing of the group was written (a step that had
                // failed on its own keeps its own error).
                foreach (var caller in batch)
                {
                    caller.Done.TrySetException(caller.Error ?? error);
                }
            }
        }

        /// <summary>The lead goes to the first caller still queued; nobody leads when the queue is empty.</summary>
        private void HandOver()
        {
            lock (_lock)
            {
                if (_queued.Count > 0)
                {
                    _queued[0].Lead.TrySetResult();
                }
                else
                {
                    _led = false;
                }
            }
        }
    }

    private static async Task RunBatchAsync(DbContext host, List<Caller> batch)
    {
        await using var transaction = await host.Database.BeginTransactionAsync(CancellationToken.None);
        var shared = transaction.GetDbTransaction();
        var connection = (SqliteConnection)shared.Connection!;
        for (var i = 0; i < batch.Count; i++)
        {
            await RunStepAsync(batch[i], host, shared, $"group_step_{i}");
            EnsureTransactionAlive(connection);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    private static async Task RunStepAsync(Caller caller, DbContext host, DbTransaction shared, string savepoint)
    {
        var joins = !ReferenceEquals(caller.Db, host);
        var database = caller.Db.Database;
        var connectionString = database.GetConnectionString();
        if (joins)
        {
            database.SetDbConnection(shared.Connection, contextOwnsConnection: false);
            await database.UseTransactionAsync(shared);
        }

        // The group's savepoint is the step's: EF's own savepoint around each save would only add statements.
        using var savepoints = AutoSavepoints.Suspend(database);
        var audited = AuditJournal.PendingCount(shared);
        try
        {
            await shared.SaveAsync(savepoint);
            try
            {
                caller.Result = await caller.StartStep();
                await shared.ReleaseAsync(savepoint);
            }
            catch (Exception error)
            {
                caller.Error = error;
                AuditJournal.ForgetAfter(shared, audited);
                if (InTransaction((SqliteConnection)shared.Connection!))
                {
                    await shared.RollbackAsync(savepoint);
                    await shared.ReleaseAsync(savepoint);
                }
            }
        }
        finally
        {
            if (joins)
            {
                // The context gets a connection of its own again (a new one from the pool, on first use).
                await database.UseTransactionAsync(null);
                database.SetDbConnection(null, contextOwnsConnection: true);
                database.SetConnectionString(connectionString);
            }
        }
    }

    /// <summary>Some errors (I/O, full disk) make SQLite roll the whole transaction back: the group must not go on outside it.</summary>
    private static void EnsureTransactionAlive(SqliteConnection connection)
    {
        if (!InTransaction(connection))
        {
            throw new InvalidOperationException("SQLite rolled the group's transaction back: no step of the group was written.");
        }
    }

    private static bool InTransaction(SqliteConnection connection) => raw.sqlite3_get_autocommit(connection.Handle) == 0;

    /// <summary>One caller: its context, its step, and how it ends.</summary>
    private sealed class Caller(DbContext db, Func<Task<object?>> step)
    {
        public DbContext Db { get; } = db;

        /// <summary>The caller's async-local state (simulated business time, the request, the trace), for its step.</summary>
        private readonly ExecutionContext? _context = ExecutionContext.Capture();

        /// <summary>Starts the step in the caller's execution context, whichever caller leads the group.</summary>
        public Task<object?> StartStep()
        {
            if (_context is null)
            {
                return step();
            }

            Task<object?>? started = null;
            ExecutionContext.Run(_context, _ => started = step(), null);
            return started!;
        }

        public object? Result { get; set; }

        public Exception? Error { get; set; }

        /// <summary>Completed when the group's transaction has committed (or failed).</summary>
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completed when this caller is to lead the next group.</summary>
        public TaskCompletionSource Lead { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Complete()
        {
            if (Error is not null)
            {
                Done.TrySetException(Error);
            }
            else
            {
                Done.TrySetResult();
            }
        }
    }
}
