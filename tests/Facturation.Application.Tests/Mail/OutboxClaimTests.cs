using System.Globalization;
using Facturation.Application.Data;
using Facturation.Application.Invoicing;
using Facturation.Application.Mail;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Mail;

/// <summary>
/// The lease claim on each provider: several dispatchers (each its own scope, DbContext and connection, as app
/// instances would be) drain one outbox at the same time; every message reaches the SMTP catcher exactly once.
/// </summary>
public sealed class OutboxClaimTests
{
    private static readonly Actor Biller = new("test-user", "Test");

    [SmtpFact]
    public Task Concurrent_dispatchers_on_sqlite_deliver_each_message_exactly_once() => DrainAsync(new FacturationApp());

    [ServiceFact(TestService.Postgres, TestService.Smtp)]
    public async Task Concurrent_dispatchers_on_postgresql_deliver_each_message_exactly_once()
    {
        await using var postgres = await PostgresDatabase.CreateAsync("outbox");
        await DrainAsync(new FacturationApp().With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", postgres.ConnectionString));
    }

    private static async Task DrainAsync(FacturationApp app)
    {
        const int messages = 60;
        const int dispatchers = 4;
        var smtp = RequiredService.Smtp();
        using var catcher = new SmtpCatcher(smtp);
        await using var _ = app
            .With("Outbox:Enabled", "false")
            .With("Outbox:BatchSize", "3")
            .With("Smtp:Host", smtp.Host)
            .With("Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture))
            .With("Smtp:Security", "None")
            .With("Smtp:From", "factures@facturation.test");
        app.CreateClient();
        var recipient = SmtpCatcher.NewAddress("claim");
        var invoiceId = await FinalInvoiceAsync(app);
        await app.WithScopeAsync(async s =>
        {
            var mail = s.GetRequiredService<InvoiceMailService>();
            for (var i = 0; i < messages; i++)
            {
                await mail.RequestAsync(invoiceId, new SendInvoiceInput { To = [recipient], Subject = $"Message {i}", Body = "Test" }, Biller, CancellationToken.None);
            }

            return 0;
        });

        var claimed = await Task.WhenAll(Enumerable.Range(0, dispatchers).Select(worker => Task.Run(async () =>
        {
            var total = 0;
            while (true)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var count = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync($"worker-{worker}", CancellationToken.None);
                if (count == 0)
                {
                    return total;
                }

                total += count;
            }
        })));

        Assert.Equal(messages, claimed.Sum());
        var caught = await catcher.WaitForAsync(recipient, messages);
        Assert.Equal(messages, caught.Count);
        Assert.Equal(messages, caught.Select(e => e.MessageId).Distinct().Count());
        var rows = await app.WithScopeAsync(s => s.GetRequiredService<FacturationDb>().OutboxMessages.AsNoTracking().ToListAsync());
        Assert.All(rows, m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    private static Task<int> FinalInvoiceAsync(FacturationApp app) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<FacturationDb>();
        var invoices = s.GetRequiredService<InvoiceService>();
        var customerId = await db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync();
        var input = new InvoiceInput { CustomerId = customerId, Lines = [new() { Description = "Prestation", Quantity = 1, UnitPrice = 100m, TaxCode = "TVA20" }] };
        var draft = await invoices.CreateDraftAsync(input, Biller, CancellationToken.None);
        return (await invoices.FinalizeAsync(draft.Id, Biller, CancellationToken.None)).Id;
    });
}
