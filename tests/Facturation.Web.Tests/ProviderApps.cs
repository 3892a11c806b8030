using Facturation.Testing;

namespace Facturation.Web.Tests;

/// <summary>
/// One app on a SQLite file and, created on first use, one on a fresh PostgreSQL database, shared by the tests of a
/// class that must hold on both providers (the PostgreSQL one only runs under <c>[PostgresFact]</c>).
/// </summary>
public sealed class ProviderApps : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostgresDatabase? _postgres;
    private FacturationApp? _postgresApp;

    public FacturationApp Sqlite { get; } = Configure(new FacturationApp());

    public async Task<FacturationApp> PostgresAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_postgresApp is null)
            {
                _postgres = await PostgresDatabase.CreateAsync("web");
                _postgresApp = Configure(new FacturationApp()).With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", _postgres.ConnectionString);
                _postgresApp.CreateClient().Dispose();
            }

            return _postgresApp;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A sender address so that sending can be requested; no outbox worker (nothing is delivered).</summary>
    private static FacturationApp Configure(FacturationApp app) => app.With("Smtp:From", "factures@facturation.test").With("Outbox:Enabled", "false");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Sqlite.DisposeAsync();
        if (_postgresApp is not null)
        {
            await _postgresApp.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _gate.Dispose();
    }
}
