using Facturation.Application.Common;
using Facturation.Application.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Data;

/// <summary>
/// Every SQLite connection the app opens waits 5 s for a busy writer and flushes each commit (synchronous=FULL), except
/// in the first-run demo seeding's flow (NORMAL); the settings are sent once per pooled native connection.
/// </summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private const long Full = 2;
    private const long Normal = 1;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"facturation-settings-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task Settings_are_sent_once_per_pooled_connection_and_follow_the_demo_seeding_flow()
    {
        await using var db = new DbContext(DatabaseConfiguration.Apply(new DbContextOptionsBuilder(), DatabaseProvider.Sqlite, $"Data Source={_file}").Options);

        Assert.Equal((5000L, Full), await SettingsAsync(db));

        // The pooled native connection keeps what it was sent: a value changed behind the interceptor's back stays.
        await ExecuteAsync(db, "PRAGMA busy_timeout=1234");
        Assert.Equal((1234L, Full), await SettingsAsync(db));

        SimulatedBusinessTime.Set(DateTimeOffset.UtcNow);
        try
        {
            Assert.Equal((5000L, Normal), await SettingsAsync(db));
        }
        finally
        {
            SimulatedBusinessTime.Set(null);
        }

        Assert.Equal((5000L, Full), await SettingsAsync(db));
    }

    private static async Task<(long BusyTimeout, long Synchronous)> SettingsAsync(DbContext db) =>
        (await ScalarAsync(db, "PRAGMA busy_timeout"), await ScalarAsync(db, "PRAGMA synchronous"));

    private static Task<long> ScalarAsync(DbContext db, string sql) =>
        RunAsync(db, sql, async command => Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));

    private static Task<int> ExecuteAsync(DbContext db, string sql) => RunAsync(db, sql, command => command.ExecuteNonQueryAsync());

    /// <summary>Runs one command on the context's connection, opened (from the pool) and closed around it.</summary>
    private static async Task<T> RunAsync<T>(DbContext db, string sql, Func<System.Data.Common.DbCommand, Task<T>> run)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return await run(command);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
