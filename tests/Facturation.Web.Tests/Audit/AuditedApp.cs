using Facturation.Application.Data;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Audit;

/// <summary>
/// The app on a SQLite file or a PostgreSQL database, with an issued invoice, plus the environment under which
/// the real binary's <c>audit verify</c> reads the same database, and raw SQL to tamper with it.
/// </summary>
internal sealed class AuditedApp : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;

    private AuditedApp(FacturationApp app, PostgresDatabase? postgres, Dictionary<string, string> environment) =>
        (App, _postgres, Environment) = (app, postgres, environment);

    public FacturationApp App { get; }

    public Dictionary<string, string> Environment { get; }

    public bool IsPostgres => _postgres is not null;

    /// <summary>With <paramref name="nightlyWorker"/> false, the app's own nightly verification is off (tests drive the runner).</summary>
    public static async Task<AuditedApp> CreateAsync(bool postgres, bool nightlyWorker = true)
    {
        var settings = new FacturationApp().With("Audit:NightlyVerification", nightlyWorker ? "true" : "false");
        if (!postgres)
        {
            return new AuditedApp(settings, null, []);
        }

        var database = await PostgresDatabase.CreateAsync("audit");
        var app = settings.With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", database.ConnectionString);
        return new AuditedApp(app, database, new() { ["Database__Provider"] = "PostgreSql", ["ConnectionStrings__Default"] = database.ConnectionString });
    }

    /// <summary>Issues an invoice (1 × 100 + 3 × 100 at 20 %) through the API; returns its id and number.</summary>
    public async Task<(int Id, string Number)> IssueInvoiceAsync()
    {
        var api = new DocumentApi(App, await App.ApiClientAsync(Roles.BillingManager));
        var invoice = await api.FinalInvoiceAsync();
        return (DocumentApi.Id(invoice), invoice.GetProperty("number").GetString()!);
    }

    public Task<(int ExitCode, string StdOut, string StdErr)> VerifyAsync() => AppProcess.RunAsync(App.DataDirectory, Environment, "audit", "verify");

    /// <summary>Runs SQL as a careless or malicious database user would, outside the application.</summary>
    public Task<int> SqlAsync(FormattableString sql) => WithDbAsync(db => db.Database.ExecuteSqlAsync(sql));

    /// <summary>Gets past a guard first: drops (SQLite) or disables (PostgreSQL) the trigger.</summary>
    public Task<int> DisableTriggerAsync(string table, string trigger, string sqliteSuffix) =>
        IsPostgres
            ? RawAsync($"""ALTER TABLE "{table}" DISABLE TRIGGER "{trigger}" """)
            : RawAsync($"""DROP TRIGGER "{trigger}_{sqliteSuffix}" """);

    public Task<T> WithDbAsync<T>(Func<FacturationDb, Task<T>> action) =>
        App.WithScopeAsync(services => action(services.GetRequiredService<FacturationDb>()));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

#pragma warning disable EF1002 // Trigger and table names are constants of the tests.
    private Task<int> RawAsync(string sql) => WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
#pragma warning restore EF1002
}
