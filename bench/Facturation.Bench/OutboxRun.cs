using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Application.Mail;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Bench;

/// <summary>
/// Outbox throughput: N queued emails (a one-page PDF attached each) delivered to the local SMTP catcher by W
/// dispatchers claiming batches with their lease, as W app instances would; then every message must be in the
/// catcher exactly once (counted by Message-Id).
/// </summary>
internal static class OutboxRun
{
    private static readonly Actor Bench = new("bench", "Benchmark");

    public static async Task<RunResult> ExecuteAsync(BenchDatabase database, int messages, int workers, Uri catcherApi)
    {
        var recipient = $"bench-{Guid.NewGuid():N}@facturation.test";
        await EnqueueAsync(database, messages, recipient);
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            while (true)
            {
                await using var scope = database.Services.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync($"bench-{worker}", CancellationToken.None) == 0)
                {
                    return;
                }
            }
        })));
        stopwatch.Stop();
        return new RunResult($"Outbox, SQLite", workers, messages, stopwatch.Elapsed, await VerifyAsync(database, catcherApi, recipient, messages));
    }

    private static async Task EnqueueAsync(BenchDatabase database, int count, string recipient)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FacturationDb>();
        var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        var mail = scope.ServiceProvider.GetRequiredService<InvoiceMailService>();
        var customerId = await db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync();
        var input = new InvoiceInput
        {
            CustomerId = customerId,
            Lines = [new() { Description = "Prestation", Quantity = 1, UnitPrice = 100m, TaxCode = "TVA20" }],
        };
        var invoice = await invoices.FinalizeAsync((await invoices.CreateDraftAsync(input, Bench, CancellationToken.None)).Id, Bench, CancellationToken.None);
        for (var i = 0; i < count; i++)
        {
            await mail.RequestAsync(invoice.Id, new SendInvoiceInput { To = [recipient], Subject = $"Bench {i}", Body = "Bench" }, Bench, CancellationToken.None);
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<string> VerifyAsync(BenchDatabase database, Uri catcherApi, string recipient, int expected)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FacturationDb>();
        var notSent = await db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent);
        using var http = new HttpClient { BaseAddress = catcherApi };
        var emails = await http.GetFromJsonAsync<List<JsonElement>>("api/email") ?? [];
        var ids = emails
            .Where(e => e.GetProperty("to").EnumerateArray().Any(a => a.GetProperty("address").GetString() == recipient))
            .Select(e => e.GetProperty("headers").GetProperty("message-id").GetString())
            .ToList();
        return notSent == 0 && ids.Count == expected && ids.Distinct().Count() == expected
            ? $"OK {expected} once"
            : $"FAIL: {notSent} not sent, {ids.Count} caught, {ids.Distinct().Count()} distinct";
    }
}
