using System.Globalization;
using Facturation.Application;
using Facturation.Application.Archiving;
using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Application.Mail;
using Facturation.Application.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Facturation.Bench;

/// <summary>
/// A fresh database (a temporary SQLite file or a new PostgreSQL database) with the app's real services,
/// migrated and seeded by the app's own <see cref="DatabaseInitializer"/>.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchDatabase(ServiceProvider services, Func<Task> drop) => (Services, _drop) = (services, drop);

    public ServiceProvider Services { get; }

    /// <summary>Where the runs' archive folders go: the temporary folder, or FACTURATION_BENCH_ARCHIVES (to compare file systems).</summary>
    private static string ArchivesRoot => Environment.GetEnvironmentVariable("FACTURATION_BENCH_ARCHIVES") is { Length: > 0 } root ? root : Path.GetTempPath();

    /// <param name="renderAfterFinalization">Archive__RenderAfterFinalization: false leaves the render to a later step.</param>
    public static async Task<BenchDatabase> SqliteAsync(bool renderAfterFinalization = true)
    {
        var file = Path.Combine(Path.GetTempPath(), $"facturation-bench-{Guid.NewGuid():N}.db");
        var archives = Path.Combine(ArchivesRoot, Path.GetFileName(file) + ".archives");
        var services = Build(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30", archives, renderAfterFinalization);
        var database = new BenchDatabase(services, () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            DeleteFolder(archives);
            return Task.CompletedTask;
        });
        await database.InitializeAsync();
        return database;
    }

    public static async Task<BenchDatabase> PostgresAsync(string serverConnectionString, bool renderAfterFinalization = true)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"facturation_bench_{Guid.NewGuid():N}");
        var admin = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, MaxPoolSize = 64 }.ConnectionString;
        var archives = Path.Combine(ArchivesRoot, $"{name}.archives");
        var services = Build(DatabaseProvider.PostgreSql, connectionString, archives, renderAfterFinalization);
        var database = new BenchDatabase(services, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            DeleteFolder(archives);
        });
        await database.InitializeAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _drop();
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider Build(DatabaseProvider provider, string connectionString, string archives, bool renderAfterFinalization)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddFacturationServices();
        services.Configure<ArchiveOptions>(options => (options.FolderPath, options.RenderAfterFinalization) = (archives, renderAfterFinalization));
        services.AddDbContext<FacturationDb>(options => DatabaseConfiguration.Apply(options, provider, connectionString).AddInterceptors(new CommandCounter()));
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<FacturationDb>();
        services.Configure<SetupOptions>(options => (options.SeedDemoData, options.SeedDemoInvoices) = (true, false));
        services.AddSingleton<IOperatorConsole, SilentConsole>();

        // Outbox benchmark: the SMTP catcher of ./build.sh services, batches of 50.
        services.AddDataProtection();
        services.Configure<SmtpOptions>(options =>
        {
            options.Host = Environment.GetEnvironmentVariable("FACTURATION_TEST_SMTP_HOST");
            options.Port = int.TryParse(Environment.GetEnvironmentVariable("FACTURATION_TEST_SMTP_PORT"), CultureInfo.InvariantCulture, out var port) ? port : null;
            options.Security = SmtpSecurity.None;
            options.From = "bench@facturation.test";
        });
        services.Configure<OutboxOptions>(options => options.BatchSize = 50);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }
}
