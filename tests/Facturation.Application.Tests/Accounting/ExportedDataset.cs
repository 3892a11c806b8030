using Facturation.Application.Accounting.Exports;
using Facturation.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Accounting;

/// <summary>The reference data set on a real database, and its exports as the application writes them.</summary>
public sealed class ExportedDataset : IAsyncDisposable
{
    private readonly ClockedFacturationApp _app;
    private readonly PostgresDatabase? _postgres;

    private ExportedDataset(ClockedFacturationApp app, PostgresDatabase? postgres, AccountingDataset data) => (_app, _postgres, Data) = (app, postgres, data);

    public AccountingDataset Data { get; }

    public static AccountingPeriod Year { get; } = new(AccountingDataset.From, AccountingDataset.To);

    public static async Task<ExportedDataset> SqliteAsync()
    {
        var app = new ClockedFacturationApp();
        return new ExportedDataset(app, null, await AccountingDataset.CreateAsync(app));
    }

    public static async Task<ExportedDataset> PostgresAsync()
    {
        var postgres = await PostgresDatabase.CreateAsync("accounting");
        var app = new ClockedFacturationApp();
        app.With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", postgres.ConnectionString);
        return new ExportedDataset(app, postgres, await AccountingDataset.CreateAsync(app));
    }

    public async Task<List<JournalEntry>> EntriesAsync(AccountingPeriod? period = null)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var entries = new List<JournalEntry>();
        await foreach (var entry in scope.ServiceProvider.GetRequiredService<AccountingEntries>().BuildAsync(period ?? Year, default))
        {
            entries.Add(entry);
        }

        return entries;
    }

    public async Task<(byte[] Content, AccountingExportFile File)> ExportAsync(AccountingExportFormat format, AccountingPeriod? period = null)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        using var output = new MemoryStream();
        var file = await scope.ServiceProvider.GetRequiredService<AccountingExportService>().ExportAsync(format, period ?? Year, output, default);
        return (output.ToArray(), file);
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action) => await _app.WithScopeAsync(action);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
