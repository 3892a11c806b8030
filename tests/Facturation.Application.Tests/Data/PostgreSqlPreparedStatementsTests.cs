using Facturation.Application.Data;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Facturation.Application.Tests.Data;

/// <summary>
/// PostgreSQL connections prepare the statements they run often (Npgsql's automatic preparation, ADR-034) and go back
/// to the pool without a session reset (ADR-036), unless the connection string says otherwise.
/// </summary>
public sealed class PostgreSqlPreparedStatementsTests
{
    private const string Repeated = "SELECT 41 + 1";

    [Theory]
    [InlineData("Host=db;Username=app", DatabaseConfiguration.DefaultMaxAutoPrepare, true)]
    [InlineData("Host=db;Username=app;Max Auto Prepare=0", 0, true)]
    [InlineData("Host=db;Username=app;MaxAutoPrepare=12;No Reset On Close=false", 12, false)]
    [InlineData("Host=db;Username=app;noresetonclose=False", DatabaseConfiguration.DefaultMaxAutoPrepare, false)]
    public void The_connection_string_keeps_its_own_settings_or_gets_the_defaults(string configured, int maxAutoPrepare, bool noResetOnClose)
    {
        var applied = new NpgsqlConnectionStringBuilder(DatabaseConfiguration.WithPostgresPoolDefaults(configured));

        Assert.Equal(maxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(noResetOnClose, applied.NoResetOnClose);
        Assert.Equal("db", applied.Host);
        Assert.Equal("app", applied.Username);
    }

    [PostgresFact]
    public async Task A_pooled_connection_goes_back_to_the_pool_without_the_reset_statements()
    {
        await using var database = await PostgresDatabase.CreateAsync("noreset");
        var oneConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 1 }.ConnectionString;
        await using var db = new DbContext(DatabaseConfiguration.Apply(new DbContextOptionsBuilder(), DatabaseProvider.PostgreSql, oneConnection).Options);

        var session = await ScalarAsync(db, "SELECT pg_backend_pid()");
        await ScalarAsync(db, "SELECT set_config('application_name', 'kept-across-the-pool', false) IS NOT NULL");

        // The same server session (one pooled connection), its state not reset: Npgsql sent no RESET ALL / DISCARD.
        Assert.Equal(session, await ScalarAsync(db, "SELECT pg_backend_pid()"));
        Assert.Equal(1, await ScalarAsync(db, "SELECT (current_setting('application_name') = 'kept-across-the-pool')::int"));
    }

    [PostgresFact]
    public async Task A_statement_run_repeatedly_is_prepared_on_the_server_and_survives_the_connection_s_return_to_the_pool()
    {
        await using var database = await PostgresDatabase.CreateAsync("prepared");
        await using var db = new DbContext(DatabaseConfiguration.Apply(new DbContextOptionsBuilder(), DatabaseProvider.PostgreSql, database.ConnectionString).Options);

        for (var run = 0; run < 6; run++)
        {
            Assert.Equal(42, await ScalarAsync(db, Repeated));
        }

        // Another open of the pooled connection: the server still holds the statement, so the next run is not parsed again.
        var prepared = await ScalarAsync(db, $"SELECT count(*)::int FROM pg_prepared_statements WHERE statement = '{Repeated}'");
        Assert.Equal(1, prepared);
    }

    private static async Task<int> ScalarAsync(DbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
