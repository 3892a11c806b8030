using System.Globalization;
using System.Text;
using Npgsql;

namespace Facturation.Testing;

/// <summary>
/// A fresh, uniquely named database on the test PostgreSQL server (FACTURATION_TEST_POSTGRES), dropped on
/// dispose. Tests running in parallel each get their own database.
/// </summary>
/// <example>
/// <code>
/// await using var db = await PostgresDatabase.CreateAsync("invoices");
/// services.AddDbContext&lt;AppDbContext&gt;(o => o.UseNpgsql(db.ConnectionString));
/// </code>
/// </example>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private const int MaxIdentifierLength = 63;
    private readonly string _serverConnectionString;
    private bool _disposed;

    private PostgresDatabase(string serverConnectionString, string name, string connectionString)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database name, e.g. <c>ft_invoices_20250101_3f2a…</c>.</summary>
    public string Name { get; }

    /// <summary>Npgsql connection string to this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a database on the server given by FACTURATION_TEST_POSTGRES.</summary>
    /// <param name="label">A short readable label put in the database name (letters and digits kept).</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <exception cref="InvalidOperationException">FACTURATION_TEST_POSTGRES is not set.</exception>
    public static Task<PostgresDatabase> CreateAsync(string? label = null, CancellationToken cancellationToken = default) =>
        CreateAsync(RequiredService.PostgresConnectionString(), label, cancellationToken);

    /// <summary>Creates a database on the server given by <paramref name="serverConnectionString"/>.</summary>
    public static async Task<PostgresDatabase> CreateAsync(
        string serverConnectionString, string? label, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverConnectionString);
        var name = NewName(label);

        await using (var connection = new NpgsqlConnection(AdminConnectionString(serverConnectionString)))
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                throw new InvalidOperationException(
                    $"Cannot connect to the test PostgreSQL server ({RedactedServer(serverConnectionString)}): {ex.Message}. "
                    + "Is it running? Start it with ./build.sh services.",
                    ex);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {Quote(name)} ENCODING 'UTF8' TEMPLATE template0";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name };
        return new PostgresDatabase(serverConnectionString, name, builder.ConnectionString);
    }

    /// <summary>Opens a new connection to this database.</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs one query and returns the first column of its first row (what a test reads back from the database).</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Drops the database, closing any connection still open on it (pooled ones included).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(AdminConnectionString(_serverConnectionString));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {Quote(Name)} WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    private static string AdminConnectionString(string serverConnectionString) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

    private static string RedactedServer(string serverConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString);
        return $"Host={builder.Host};Port={builder.Port};Username={builder.Username}";
    }

    private static string NewName(string? label)
    {
        var clean = new StringBuilder();
        foreach (var c in (label ?? string.Empty).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                clean.Append(c);
            }

            if (clean.Length == 16)
            {
                break;
            }
        }

        var prefix = clean.Length == 0 ? "ft" : $"ft_{clean}";
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var name = $"{prefix}_{stamp}_{Guid.NewGuid():N}";
        return name.Length <= MaxIdentifierLength ? name : name[..MaxIdentifierLength];
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
