using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Invoicing;

/// <summary>
/// A real database (SQLite file or PostgreSQL) prepared by the app's own start-up, and services built on
/// independent DbContexts and connections, as two app instances would have.
/// </summary>
internal sealed class InvoicingDatabase : IAsyncDisposable
{
    public static readonly Actor Biller = new("test-user", "Test");

    private readonly FacturationApp _app;
    private readonly IAsyncDisposable? _server;

    private InvoicingDatabase(FacturationApp app, IAsyncDisposable? server, PinnedTimeProvider clock) => (_app, _server, Clock) = (app, server, clock);

    /// <summary>The application's clock: the real time at start, moved by the tests that need another day.</summary>
    public PinnedTimeProvider Clock { get; }

    /// <param name="renderAfterFinalization">False: finalization leaves the PDF to the first reader or the job (ADR-025).</param>
    /// <param name="settings">More configuration, e.g. another archive store.</param>
    public static async Task<InvoicingDatabase> SqliteAsync(bool renderAfterFinalization = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var clock = new PinnedTimeProvider(DateTimeOffset.UtcNow);
        var app = Configured(new FacturationApp().With("Archive:RenderAfterFinalization", $"{renderAfterFinalization}"), settings).WithClock(clock);
        app.CreateClient();
        return await Task.FromResult(new InvoicingDatabase(app, null, clock));
    }

    public static async Task<InvoicingDatabase> PostgresAsync(bool renderAfterFinalization = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var postgres = await PostgresDatabase.CreateAsync("invoicing");
        var clock = new PinnedTimeProvider(DateTimeOffset.UtcNow);
        var app = Configured(new FacturationApp().With("Archive:RenderAfterFinalization", $"{renderAfterFinalization}"), settings).With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", postgres.ConnectionString).WithClock(clock);
        app.CreateClient();
        return new InvoicingDatabase(app, postgres, clock);
    }

    private static FacturationApp Configured(FacturationApp app, IReadOnlyDictionary<string, string>? settings) =>
        (settings ?? new Dictionary<string, string>()).Aggregate(app, (configured, setting) => configured.With(setting.Key, setting.Value));

    public static async Task<InvoicingDatabase> SqlServerAsync()
    {
        var sqlServer = await SqlServerDatabase.CreateAsync("invoicing");
        var clock = new PinnedTimeProvider(DateTimeOffset.UtcNow);
        var app = new FacturationApp().With("Database:Provider", "SqlServer").With("ConnectionStrings:Default", sqlServer.ConnectionString).WithClock(clock);
        app.CreateClient();
        return new InvoicingDatabase(app, sqlServer, clock);
    }

    /// <summary>Runs <paramref name="action"/> with one service of a fresh "instance".</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = NewInstance();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<Invoice> FinalizeAsync(int id) =>
        WithAsync<InvoiceService, Invoice>(s => s.FinalizeAsync(id, Biller, CancellationToken.None));

    /// <summary>A scope with its own DbContext and connection: one "app instance".</summary>
    public AsyncServiceScope NewInstance() => _app.Services.CreateAsyncScope();

    public async Task<List<int>> CreateDraftsAsync(int count, Func<int, InvoiceInput>? input = null)
    {
        var customerId = await WithDbAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var ids = new List<int>();
        await using var scope = NewInstance();
        var service = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await service.CreateDraftAsync(input?.Invoke(customerId) ?? DraftInput(customerId), Biller, CancellationToken.None)).Id);
        }

        return ids;
    }

    public static InvoiceInput DraftInput(int customerId, DateOnly? issueDate = null) => new()
    {
        CustomerId = customerId,
        IssueDate = issueDate,
        Lines =
        [
            new() { Description = "Prestation", Quantity = 1, UnitPrice = 100m, TaxCode = "TVA20" },
            new() { Description = "Prestation", Quantity = 3, UnitPrice = 100m, TaxCode = "TVA20" },
        ],
    };

    /// <summary>The archive row of an issued document and its bytes, read from the archive store.</summary>
    public async Task<(InvoiceArchive Row, byte[] Content)> ArchivedPdfAsync(int invoiceId)
    {
        await using var scope = NewInstance();
        var row = await scope.ServiceProvider.GetRequiredService<FacturationDb>().InvoiceArchives.AsNoTracking().SingleAsync(a => a.InvoiceId == invoiceId);
        return (row, await scope.ServiceProvider.ReadArchivedAsync(row.BlobName));
    }

    /// <summary>The bytes of an archived file, by the name its row holds.</summary>
    public async Task<byte[]> ArchivedBytesAsync(string? blobName)
    {
        await using var scope = NewInstance();
        return await scope.ServiceProvider.ReadArchivedAsync(blobName);
    }

    public async Task<T> WithDbAsync<T>(Func<FacturationDb, Task<T>> action)
    {
        await using var scope = NewInstance();
        return await action(scope.ServiceProvider.GetRequiredService<FacturationDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
