using Microsoft.Data.SqlClient;

namespace Facturation.Testing;

/// <summary>
/// A fresh, uniquely named database on the test SQL Server (<see cref="SqlServerFactAttribute.ServerVariable"/>),
/// dropped on dispose. This machine has no SQL Server: the GitHub Actions workflow (.github/workflows/ci.yml)
/// provides one as a service container and runs these tests there.
/// </summary>
public sealed class SqlServerDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;
    private bool _disposed;

    private SqlServerDatabase(string serverConnectionString, string name, string connectionString) =>
        (_serverConnectionString, Name, ConnectionString) = (serverConnectionString, name, connectionString);

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<SqlServerDatabase> CreateAsync(string label, CancellationToken cancellationToken = default)
    {
        var server = Environment.GetEnvironmentVariable(SqlServerFactAttribute.ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"SQL Server is required: {SqlServerFactAttribute.ServerVariable} is not set (see .github/workflows/ci.yml).");
        }

        var name = $"ft_{label}_{Guid.NewGuid():N}";
        await using (var connection = new SqlConnection(MasterConnectionString(server)))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE [{name}]";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new SqlConnectionStringBuilder(server) { InitialCatalog = name };
        return new SqlServerDatabase(server, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        SqlConnection.ClearAllPools();
        await using var connection = new SqlConnection(MasterConnectionString(_serverConnectionString));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"ALTER DATABASE [{Name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{Name}];";
        await command.ExecuteNonQueryAsync();
    }

    private static string MasterConnectionString(string server) =>
        new SqlConnectionStringBuilder(server) { InitialCatalog = "master", Pooling = false }.ConnectionString;
}
