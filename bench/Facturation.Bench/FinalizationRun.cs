using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Bench;

/// <summary>
/// One measurement: N drafts finalized by W concurrent workers, each with its own scope and DbContext. With the
/// render left to a later step (Archive__RenderAfterFinalization=false), the same W workers then archive every
/// document (<see cref="InvoiceArchiver"/>, as the invoice-archives job and the readers do), timed apart.
/// </summary>
internal static class FinalizationRun
{
    private static readonly Actor Bench = new("bench", "Benchmark");

    public static async Task<RunResult> ExecuteAsync(string provider, BenchDatabase database, int drafts, int workers)
    {
        var ids = await CreateDraftsAsync(database, drafts);
        var statements = CommandCounter.Count;
        var (elapsed, cpu, machine) = await DrainAsync(database, ids, workers, async (services, id) =>
            await services.GetRequiredService<InvoiceService>().FinalizeAsync(id, Bench, CancellationToken.None));
        return new RunResult(provider, workers, drafts, elapsed, await VerifyAsync(database, ids), CommandCounter.Count - statements, cpu, machine);
    }

    /// <summary>Archives every issued document of the run with W workers; checks one archive per document.</summary>
    public static async Task<RunResult> ArchiveAsync(string provider, BenchDatabase database, int workers)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<FacturationDb>().Invoices.Where(i => i.Number != null).Select(i => i.Id).ToListAsync();
        var statements = CommandCounter.Count;
        var (elapsed, cpu, machine) = await DrainAsync(database, ids, workers, async (services, id) =>
            await services.GetRequiredService<InvoiceArchiver>().ArchiveAsync(id, CancellationToken.None));
        var archives = await scope.ServiceProvider.GetRequiredService<FacturationDb>().InvoiceArchives.CountAsync(a => ids.Contains(a.InvoiceId));
        return new RunResult(provider, workers, ids.Count, elapsed, archives == ids.Count ? $"OK {archives} archived" : $"FAIL: {archives} archives", CommandCounter.Count - statements - 1, cpu, machine);
    }

    // Wall time, this process's CPU time (user + kernel, every thread) and the whole machine's of the timed phase.
    private static async Task<(TimeSpan Elapsed, TimeSpan Cpu, TimeSpan MachineCpu)> DrainAsync(BenchDatabase database, List<int> ids, int workers, Func<IServiceProvider, int, Task> step)
    {
        var queue = new ConcurrentQueue<int>(ids);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var kernel = process.PrivilegedProcessorTime;
        var (gen0, gen1, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var machine = MachineCpu.Busy();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var scope = database.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FacturationDb>();
            while (queue.TryDequeue(out var id))
            {
                await step(scope.ServiceProvider, id);

                // One context per worker: forget the finalized invoice so the tracker does not grow.
                db.ChangeTracker.Clear();
            }
        })));
        stopwatch.Stop();
        process.Refresh();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timed phase: kernel CPU {(process.PrivilegedProcessorTime - kernel).TotalMilliseconds / ids.Count:0.00} ms/doc, allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / ids.Count:0} KB/doc, GC gen0/1/2 {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms"));
        return (stopwatch.Elapsed, process.TotalProcessorTime - cpu, MachineCpu.Busy() - machine);
    }

    private static async Task<List<int>> CreateDraftsAsync(BenchDatabase database, int count)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FacturationDb>();
        var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        var customerId = await db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync();
        var ids = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            var input = new InvoiceInput
            {
                CustomerId = customerId,
                Lines =
                [
                    new() { Description = "Prestation", Quantity = 1, UnitPrice = 100m, TaxCode = "TVA20" },
                    new() { Description = "Prestation", Quantity = 3, UnitPrice = 100m, TaxCode = "TVA20" },
                ],
            };
            ids.Add((await invoices.CreateDraftAsync(input, Bench, CancellationToken.None)).Id);
            db.ChangeTracker.Clear();
        }

        return ids;
    }

    /// <summary>The finalized numbers must be exactly 1..N: no gap, no duplicate.</summary>
    private static async Task<string> VerifyAsync(BenchDatabase database, List<int> ids)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FacturationDb>();
        var numbers = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => i.Number).ToListAsync();
        if (numbers.Any(n => n is null))
        {
            return $"FAIL: {numbers.Count(n => n is null)} not finalized";
        }

        var counters = numbers.Select(n => long.Parse(n![(n!.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order().ToList();
        return counters.SequenceEqual(Enumerable.Range(1, ids.Count).Select(i => (long)i))
            ? $"OK 1..{ids.Count}"
            : $"FAIL: {counters.Distinct().Count()} distinct, max {counters.Max()}";
    }
}
