using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Facturation.Testing;
using Facturation.Web.Tests.Api;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>
/// Two real app processes on one PostgreSQL database finalize a burst of drafts (with double clicks) while one of
/// them is killed with <c>kill -9</c>: the issued numbers stay unique and contiguous, every issued document has
/// exactly one archived file, and the audit chain verifies.
/// </summary>
public sealed class NumberingCrashTests : IDisposable
{
    private const int Drafts = 60;
    private const int Clients = 8;
    private const int KillAfter = 15;

    private readonly string _first = Directory.CreateTempSubdirectory("facturation-crash-a-").FullName;
    private readonly string _second = Directory.CreateTempSubdirectory("facturation-crash-b-").FullName;

    // Instances behind one load balancer share their archive store (ADR-025): one folder here.
    private readonly string _archives = Directory.CreateTempSubdirectory("facturation-crash-archives-").FullName;

    [PostgresFact]
    public async Task Killing_one_of_two_instances_mid_burst_leaves_no_gap_no_duplicate_and_an_intact_audit_chain()
    {
        await using var database = await PostgresDatabase.CreateAsync("numbering-crash");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["FACTURATION_ADMIN_PASSWORD"] = "Operator-Password-2026",
            ["Archive__FolderPath"] = _archives,
        };
        var starting = new[] { _first, _second }.Select(d => AppProcess.StartServerAsync(d, environment)).ToList();
        var (survivor, survivorUrl) = await starting[0];
        await using var survivorProcess = survivor;
        var (victim, victimUrl) = await starting[1];
        await using var victimProcess = victim;
        var (tokenExit, token, tokenError) = await AppProcess.RunAsync(_first, environment, "token", "create", "--email", "admin@facturation.local", "--name", "crash");
        Assert.True(tokenExit == 0, tokenError);
        using var survivorApi = AppProcess.ApiClient(survivorUrl, token.Trim());
        using var victimApi = AppProcess.ApiClient(victimUrl, token.Trim());

        var ids = await CreateDraftsAsync(database, [survivorApi, victimApi]);
        await FinalizeWhileKillingAsync(ids, survivorApi, victimApi, victim);

        Assert.True(victim.HasExited, "The second instance was not killed during the burst.");
        await AssertNumberingAndArchivesAsync(database, ids);
        await AssertAuditChainIntactAsync(database, _first, environment);
    }

    public void Dispose()
    {
        foreach (var directory in new[] { _first, _second, _archives })
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A log file still being closed; the temp folder is cleaned by the OS.
            }
        }
    }

    private static async Task<List<int>> CreateDraftsAsync(PostgresDatabase database, HttpClient[] apis)
    {
        var customerId = (int)(await database.ScalarAsync("""SELECT "Id" FROM "Customers" WHERE "Code" = 'DUPONT'""") ?? 0);
        var ids = new List<int>();
        for (var i = 0; i < Drafts; i++)
        {
            var body = new
            {
                customerId,
                paymentTermsDays = 30,
                lines = new[] { new { description = $"Prestation {i}", quantity = 1m, unitPrice = 100m + i, taxCode = "TVA20" } },
            };
            var response = await apis[i % apis.Length].PostAsJsonAsync("/api/v1/invoices", body);
            var created = await DocumentApi.ReadAsync(response, HttpStatusCode.Created);
            ids.Add(created.GetProperty("id").GetInt32());
        }

        return ids;
    }

    /// <summary>
    /// Eight clients, half of them on each instance; every fifth document is clicked twice at once. After
    /// <see cref="KillAfter"/> finalizations the second instance is killed; whatever failed on it is retried on the survivor.
    /// </summary>
    private static async Task FinalizeWhileKillingAsync(List<int> ids, HttpClient survivorApi, HttpClient victimApi, AppProcess victim)
    {
        var work = new ConcurrentQueue<int>(ids.SelectMany((id, i) => i % 5 == 0 ? new[] { id, id } : [id]));
        var finalized = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killer = Task.Run(async () =>
        {
            while (Volatile.Read(ref finalized) < KillAfter && !work.IsEmpty)
            {
                await Task.Delay(20);
            }

            victim.Kill();
            killed.SetResult();
        });

        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            while (work.TryDequeue(out var id))
            {
                var api = client % 2 == 0 || killed.Task.IsCompleted ? survivorApi : victimApi;
                if (await TryFinalizeAsync(api, id) || await TryFinalizeAsync(survivorApi, id))
                {
                    Interlocked.Increment(ref finalized);
                }
            }
        }));
        await Task.WhenAll([.. clients, killer]);

        // A click whose twin won, or a request cut by the kill, leaves nothing to finish: asking again on the
        // survivor answers 200 with the number already issued, or issues it now.
        foreach (var id in ids)
        {
            await DocumentApi.ReadAsync(await survivorApi.PostAsync($"/api/v1/invoices/{id}/finalize", null), HttpStatusCode.OK);
        }
    }

    /// <summary>True on 200; false when the instance is gone or a simultaneous click on the same document won (409).</summary>
    private static async Task<bool> TryFinalizeAsync(HttpClient api, int id)
    {
        try
        {
            using var response = await api.PostAsync($"/api/v1/invoices/{id}/finalize", null);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {body}");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task AssertNumberingAndArchivesAsync(PostgresDatabase database, List<int> ids)
    {
        var numbers = new List<(int Id, string Number, long Archives)>();
        await using (var connection = await database.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT i."Id", i."Number", (SELECT COUNT(*) FROM "InvoiceArchives" a WHERE a."InvoiceId" = i."Id")
                FROM "Invoices" i WHERE i."Number" IS NOT NULL
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                numbers.Add((reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        Assert.Equal(ids.Order(), numbers.Select(n => n.Id).Order());
        Assert.All(numbers, n => Assert.StartsWith("FA", n.Number, StringComparison.Ordinal));
        Assert.Equal(numbers.Count, numbers.Select(n => n.Number).Distinct().Count());
        var counters = numbers.Select(n => int.Parse(n.Number[(n.Number.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, Drafts), counters);
        Assert.All(numbers, n => Assert.True(n.Archives == 1, $"{n.Number} has {n.Archives} archived files."));
    }

    private static async Task AssertAuditChainIntactAsync(PostgresDatabase database, string dataDirectory, Dictionary<string, string> environment)
    {
        var entries = (long)(await database.ScalarAsync("""SELECT COUNT(*) FROM "AuditEntries" """) ?? 0L);
        var issued = (long)(await database.ScalarAsync("""SELECT COUNT(*) FROM "AuditEntries" WHERE "Event" = 'invoice.issued'""") ?? 0L);

        var (exit, stdout, stderr) = await AppProcess.RunAsync(dataDirectory, environment, "audit", "verify");

        Assert.Equal(Drafts, issued);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal($"audit: {entries} entries, chain intact\n", stdout);
    }
}
