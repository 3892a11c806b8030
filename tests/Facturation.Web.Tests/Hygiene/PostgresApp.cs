using Facturation.Testing;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>The real application in-process over its own fresh PostgreSQL database.</summary>
internal sealed class PostgresApp : IAsyncDisposable
{
    private readonly PostgresDatabase _database;

    private PostgresApp(PostgresDatabase database, FacturationApp app)
    {
        _database = database;
        App = app;
    }

    public FacturationApp App { get; }

    public static async Task<PostgresApp> StartAsync(string label)
    {
        var database = await PostgresDatabase.CreateAsync(label);
        var app = new FacturationApp().With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", database.ConnectionString);
        return new PostgresApp(database, app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _database.DisposeAsync();
    }
}
