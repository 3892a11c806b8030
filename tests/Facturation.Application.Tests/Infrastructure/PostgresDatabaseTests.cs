using Facturation.Testing;
using Npgsql;

namespace Facturation.Application.Tests.Infrastructure;

public class PostgresDatabaseTests
{
    [PostgresFact]
    public async Task CreateAsync_NewDatabase_AcceptsConnectionsAndIsDroppedOnDispose()
    {
        string name;
        await using (var database = await PostgresDatabase.CreateAsync("selftest"))
        {
            name = database.Name;
            await using var connection = await database.OpenConnectionAsync();
            await using var command = new NpgsqlCommand("select 1, current_database()", connection);
            await using var reader = await command.ExecuteReaderAsync();

            Assert.True(await reader.ReadAsync());
            Assert.Equal(1, reader.GetInt32(0));
            Assert.Equal(database.Name, reader.GetString(1));
            Assert.True(await DatabaseExistsAsync(name));
        }

        Assert.False(await DatabaseExistsAsync(name));
    }

    [PostgresFact]
    public async Task CreateAsync_TwoDatabases_AreIsolated()
    {
        await using var first = await PostgresDatabase.CreateAsync("first");
        await using var second = await PostgresDatabase.CreateAsync("second");
        Assert.NotEqual(first.Name, second.Name);

        await using (var connection = await first.OpenConnectionAsync())
        {
            await using var create = new NpgsqlCommand("create table only_in_first (id int)", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using var other = await second.OpenConnectionAsync();
        await using var query = new NpgsqlCommand("select to_regclass('only_in_first') is null", other);
        Assert.Equal(true, await query.ExecuteScalarAsync());
    }

    [PostgresFact]
    public async Task DisposeAsync_WithOpenPooledConnection_StillDrops()
    {
        var database = await PostgresDatabase.CreateAsync("pooled");
        var connection = await database.OpenConnectionAsync();
        await using (var command = new NpgsqlCommand("select 1", connection))
        {
            await command.ExecuteScalarAsync();
        }

        await database.DisposeAsync();

        Assert.False(await DatabaseExistsAsync(database.Name));
        await connection.DisposeAsync();
    }

    private static async Task<bool> DatabaseExistsAsync(string name)
    {
        var builder = new NpgsqlConnectionStringBuilder(RequiredService.PostgresConnectionString()) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_database where datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }
}
