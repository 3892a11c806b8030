using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Application.Jobs;
using Facturation.Application.Recurring;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Recurring;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Recurring;

/// <summary>
/// One real database (a SQLite file or a PostgreSQL database) and as many app hosts on it as a test starts: each
/// host is a separate application (own DI container, DbContexts and connections), as two instances or a restarted
/// one would be. All hosts share one clock, moved by the test.
/// </summary>
internal sealed class RecurringHosts : IAsyncDisposable
{
    public static readonly Actor Biller = new("test-user", "Test");

    private readonly List<FacturationApp> _hosts = [];
    private readonly PostgresDatabase? _postgres;
    private readonly Dictionary<string, string> _settings;

    // The SQLite folder belongs to the fixture, not to a host, so that any host can be stopped and another started.
    private readonly string _sqliteDirectory = Directory.CreateTempSubdirectory("facturation-recurring-").FullName;

    private RecurringHosts(PostgresDatabase? postgres, Dictionary<string, string> settings) => (_postgres, _settings) = (postgres, settings);

    /// <summary>The company's clock, noon in Paris on the test's day.</summary>
    public PinnedTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public static RecurringHosts Sqlite(DateOnly today, Dictionary<string, string>? settings = null)
    {
        var hosts = new RecurringHosts(null, settings ?? []);
        hosts.Clock.SetDay(today);
        hosts.StartHost();
        return hosts;
    }

    public static async Task<RecurringHosts> PostgresAsync(DateOnly today, Dictionary<string, string>? settings = null)
    {
        var postgres = await PostgresDatabase.CreateAsync("recurring");
        var hosts = new RecurringHosts(postgres, settings ?? []);
        hosts.Clock.SetDay(today);
        hosts.StartHost();
        return hosts;
    }

    /// <summary>Starts one more application on the same database (a second instance, or the restarted one).</summary>
    public FacturationApp StartHost()
    {
        var app = new FacturationApp().WithClock(Clock).With("Jobs:Enabled", "false");
        if (_postgres is not null)
        {
            app.With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", _postgres.ConnectionString);
        }
        else
        {
            app.With("Database:DataDirectory", _sqliteDirectory);
        }

        foreach (var (key, value) in _settings)
        {
            app.With(key, value);
        }

        app.CreateClient();
        _hosts.Add(app);
        return app;
    }

    /// <summary>Stops a host as a restart would (its successor is started with <see cref="StartHost"/>).</summary>
    public async Task StopHostAsync(FacturationApp host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _hosts.Remove(host);
        await host.DisposeAsync();
    }

    public FacturationApp Host(int index) => _hosts[index];

    /// <summary>One pass of the <c>recurring-invoices</c> job on <paramref name="host"/>, as its worker or <c>jobs run</c> does it.</summary>
    public static async Task<int> RunJobAsync(FacturationApp host, string workerId = "worker")
    {
        ArgumentNullException.ThrowIfNull(host);
        await using var scope = host.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "recurring-invoices");
        return await job.RunDueAsync(workerId, CancellationToken.None);
    }

    public Task<int> RunJobAsync() => RunJobAsync(_hosts[^1]);

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _hosts[^1].Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<FacturationDb, Task<T>> action) => WithAsync(sp => action(sp.GetRequiredService<FacturationDb>()));

    public Task<int> CustomerIdAsync(string code) => WithDbAsync(db => db.Customers.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    public Task<int> SetBackdatingDaysAsync(int days) =>
        WithDbAsync(db => db.Companies.ExecuteUpdateAsync(c => c.SetProperty(x => x.BackdatingDays, days)));

    public Task<RecurringInvoiceTemplate> CreateTemplateAsync(RecurringInvoiceInput input) =>
        WithAsync(sp => sp.GetRequiredService<RecurringInvoiceService>().CreateAsync(input, Biller, CancellationToken.None));

    public static RecurringInvoiceInput Monthly(int customerId, DateOnly start, RecurringAction action = RecurringAction.Draft) => new()
    {
        CustomerId = customerId,
        Title = "Maintenance mensuelle",
        Frequency = RecurrenceFrequency.Monthly,
        StartDate = start,
        Action = action,
        PublicNote = "Période : {période}",
        Lines = [new InvoiceLineInput { Description = "Maintenance {mois} {année}", Quantity = 1, UnitPrice = 250m, TaxCode = "TVA20", GlAccount = "706000" }],
    };

    /// <summary>The documents generated for a template, oldest occurrence first.</summary>
    public Task<List<Invoice>> DocumentsAsync(int templateId) => WithDbAsync(async db =>
    {
        var ids = await db.RecurringInvoiceOccurrences.Where(o => o.TemplateId == templateId).OrderBy(o => o.OccurrenceDate).Select(o => o.InvoiceId!.Value).ToListAsync();
        var invoices = await db.Invoices.Include(i => i.Lines).Where(i => ids.Contains(i.Id)).ToListAsync();
        return ids.Select(id => invoices.Single(i => i.Id == id)).ToList();
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a background thread; the temporary folder is cleaned by the OS.
        }
    }
}
