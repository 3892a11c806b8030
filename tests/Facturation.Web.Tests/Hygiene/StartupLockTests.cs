using System.Net;
using Facturation.Testing;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>Two real app processes started together on one empty database: both come up, one migrates and seeds.</summary>
public sealed class StartupLockTests : IDisposable
{
    private readonly string _first = Directory.CreateTempSubdirectory("facturation-start-a-").FullName;
    private readonly string _second = Directory.CreateTempSubdirectory("facturation-start-b-").FullName;

    [PostgresFact]
    public async Task Two_instances_started_together_on_an_empty_postgres_database_both_start()
    {
        await using var database = await PostgresDatabase.CreateAsync("two-starts");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["FACTURATION_ADMIN_PASSWORD"] = "Operator-Password-2026",
        };

        // Both instances still running, their pools kept without a session reset (ADR-036): the start-up's advisory lock
        // must have been released, not left on a pooled connection (this database only: parallel tests start other apps).
        await BothStartAsync(environment, _first, _second, async () =>
            Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()")));

        await using var connection = await database.OpenConnectionAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Companies\"";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Two_instances_started_together_on_one_new_sqlite_file_both_start()
    {
        var environment = new Dictionary<string, string> { ["FACTURATION_ADMIN_PASSWORD"] = "Operator-Password-2026" };

        // Same data directory, hence the same SQLite file.
        await BothStartAsync(environment, _first, _first);
    }

    public void Dispose()
    {
        foreach (var directory in new[] { _first, _second })
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A log file still being closed; the temp folder is cleaned by the OS.
            }
        }
    }

    private static async Task BothStartAsync(
        Dictionary<string, string> environment, string firstDirectory, string secondDirectory, Func<Task>? whileRunning = null)
    {
        var starting = new[] { firstDirectory, secondDirectory }.Select(d => AppProcess.StartServerAsync(d, environment)).ToList();
        var started = new List<(AppProcess Process, string Url)>();
        try
        {
            foreach (var start in starting)
            {
                started.Add(await start);
            }

            foreach (var (_, url) in started)
            {
                using var client = new HttpClient { BaseAddress = new Uri(url) };
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            }

            if (whileRunning is not null)
            {
                await whileRunning();
            }
        }
        finally
        {
            foreach (var (process, _) in started)
            {
                await process.DisposeAsync();
            }
        }
    }
}
