using Facturation.Application.Audit;
using Facturation.Application.Data.Interceptors;
using Facturation.Application.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Facturation.Application.Data;

/// <summary>
/// Points the context at one provider and that provider's migrations assembly. Used by the app and by the
/// design-time factory so that both always agree.
/// </summary>
public static class DatabaseConfiguration
{
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Facturation.Migrations.Sqlite",
        DatabaseProvider.SqlServer => "Facturation.Migrations.SqlServer",
        DatabaseProvider.PostgreSql => "Facturation.Migrations.PostgreSql",
    };

    public static DbContextOptionsBuilder Apply(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        var migrations = MigrationsAssembly(provider);
        options.AddInterceptors(new FrozenDocumentInterceptor(), new AuditChainInterceptor(TimeProvider.System));
        return provider switch
        {
            DatabaseProvider.Sqlite => UseSqlite(options, connectionString, migrations),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(migrations)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(WithPostgresPoolDefaults(connectionString), npgsql => npgsql.MigrationsAssembly(migrations)),
        };
    }

    /// <summary>How many statements each PostgreSQL connection keeps prepared when the connection string does not say.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// PostgreSQL pool settings, each unless the connection string sets it itself:
    /// <list type="bullet">
    /// <item>Npgsql's automatic preparation on (<c>Max Auto Prepare</c>; 0 turns it off). The list's statements are the
    /// same few on every request; unprepared, PostgreSQL parsed and planned each of them again (about a third of its
    /// time per page, ADR-034).</item>
    /// <item>No session reset when a connection goes back to the pool (<c>No Reset On Close</c>). EF opens and closes
    /// the connection around every query outside a transaction, and each reopen sent seven reset statements (about
    /// as many as the app's own per finalization, ADR-036). The app leaves no session state behind: no <c>SET</c>,
    /// temporary table or <c>LISTEN</c>, and the start-up advisory lock is released explicitly
    /// (<see cref="Setup.StartupLock"/>, which drops its connection from the pool if that fails).</item>
    /// </list>
    /// </summary>
    public static string WithPostgresPoolDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!written.ContainsKey("Max Auto Prepare") && !written.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!written.ContainsKey("No Reset On Close") && !written.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString, string migrations)
    {
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(migrations)).AddInterceptors(new SqliteBusyTimeoutInterceptor());
        SqliteExactDecimalSumExtension.AddTo(options);
        return options;
    }

    /// <summary>The connection string from configuration, or the embedded SQLite file in the data directory.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string? configured, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings__Default est obligatoire avec Database__Provider={options.Provider}.");
        }

        var directory = Path.GetFullPath(options.DataDirectory, contentRoot);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "facturation.db")};Default Timeout=30";
    }
}
