using System.Globalization;
using Facturation.Bench;

// Finalizations per second through the real InvoiceService, on SQLite and PostgreSQL, 8 and 16 workers.
// Usage: dotnet run -c Release --project bench/Facturation.Bench -- [--drafts N] [--postgres "Host=…"]
// PDF renders per second: … -- pdf [--seconds N] [--sample FILE.pdf] (see bench/README.md).
if (args is ["pdf", .. var pdfArgs])
{
    return PdfRenderRun.Execute(pdfArgs);
}

var drafts = 500;
var outboxMessages = 500;
var postgres = Environment.GetEnvironmentVariable("FACTURATION_TEST_POSTGRES");
int[] workerCounts = [8, 16];
var (runSqlite, runOutbox) = (true, true);
var renderInCall = true;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--drafts" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
            drafts = n;
            i++;
            break;
        case "--outbox" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var m) && m > 0:
            outboxMessages = m;
            i++;
            break;
        case "--postgres" when i + 1 < args.Length:
            postgres = args[++i];
            break;
        case "--workers" when i + 1 < args.Length:
            workerCounts = [.. args[++i].Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))];
            break;
        case "--only" when i + 1 < args.Length:
            // Profiling one provider: the others (and the outbox run) are left out.
            var only = args[++i];
            (runSqlite, runOutbox) = (only == "sqlite", false);
            postgres = only == "postgresql" ? postgres : null;
            break;
        case "--deferred-only":
            // Profiling the finalization step alone: the runs rendering in the call are left out.
            renderInCall = false;
            break;
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: [--drafts N] [--outbox N] [--workers 8,16] [--only sqlite|postgresql] [--deferred-only] [--postgres CONNECTION_STRING]");
            return 2;
    }
}

var results = new List<RunResult>();

// Warm-up (JIT, EF model, pools) on throwaway databases until the JIT has settled, so that no measured run pays for it.
await WarmUp.RunAsync(postgres);

// Each provider twice (ADR-025): the PDF rendered right after each finalization's commit (the default), and left to a
// later step — finalizations timed alone, then the archiving of all of them by the same workers.
foreach (var workers in runSqlite && renderInCall ? workerCounts : [])
{
    await using var database = await BenchDatabase.SqliteAsync();
    results.Add(await Report(await FinalizationRun.ExecuteAsync("SQLite (file, WAL)", database, drafts, workers)));
}

foreach (var workers in runSqlite ? workerCounts : [])
{
    await using var database = await BenchDatabase.SqliteAsync(renderAfterFinalization: false);
    results.Add(await Report(await FinalizationRun.ExecuteAsync("SQLite, deferred", database, drafts, workers)));
    results.Add(await Report(await FinalizationRun.ArchiveAsync("SQLite, archiving", database, workers)));
}

if (string.IsNullOrWhiteSpace(postgres))
{
    Console.WriteLine("PostgreSQL skipped: set FACTURATION_TEST_POSTGRES or pass --postgres (./build.sh services starts one).");
}
else
{
    foreach (var workers in renderInCall ? workerCounts : [])
    {
        await using var database = await BenchDatabase.PostgresAsync(postgres);
        results.Add(await Report(await FinalizationRun.ExecuteAsync("PostgreSQL", database, drafts, workers)));
    }

    foreach (var workers in workerCounts)
    {
        await using var database = await BenchDatabase.PostgresAsync(postgres, renderAfterFinalization: false);
        results.Add(await Report(await FinalizationRun.ExecuteAsync("PostgreSQL, deferred", database, drafts, workers)));
        results.Add(await Report(await FinalizationRun.ArchiveAsync("PostgreSQL, archiving", database, workers)));
    }
}

// Outbox throughput to the local SMTP catcher (maildev of ./build.sh services): 2 dispatchers, as 2 app instances.
if (!runOutbox)
{
    Console.WriteLine("Outbox skipped: --only.");
}
else if (Environment.GetEnvironmentVariable("FACTURATION_TEST_SMTP_API") is { Length: > 0 } catcherApi)
{
    await using var database = await BenchDatabase.SqliteAsync();
    results.Add(await Report(await OutboxRun.ExecuteAsync(database, outboxMessages, 2, new Uri(catcherApi))));
}
else
{
    Console.WriteLine("Outbox skipped: set FACTURATION_TEST_SMTP_HOST/PORT/API (./build.sh services starts maildev).");
}

Console.WriteLine();
Console.WriteLine($"| {"Provider",-21} | {"Workers",7} | {"Drafts",6} | {"Seconds",8} | {"Final./s",9} | {"SQL/doc",7} | {"CPU ms/doc",10} | {"Machine ms/doc",14} | {"Numbers",-15} |");
Console.WriteLine($"|{new string('-', 23)}|{new string('-', 9)}|{new string('-', 8)}|{new string('-', 10)}|{new string('-', 11)}|{new string('-', 9)}|{new string('-', 12)}|{new string('-', 16)}|{new string('-', 17)}|");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Provider,-21} | {r.Workers,7} | {r.Drafts,6} | {r.Elapsed.TotalSeconds,8:0.00} | {r.PerSecond,9:0.0} | {r.StatementsPerItem,7:0.0} | {r.CpuMsPerItem,10:0.0} | {r.MachineCpuMsPerItem,14:0.0} | {r.Check,-15} |"));
}

return results.All(r => r.Passed) ? 0 : 1;

static Task<RunResult> Report(RunResult result)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Provider}, {result.Workers} workers: {result.Drafts} finalizations in {result.Elapsed.TotalSeconds:0.00} s ({result.PerSecond:0.0}/s), numbers {result.Check}"));
    return Task.FromResult(result);
}
