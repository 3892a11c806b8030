using Facturation.Application.Reminders;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Reminders;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Reminders.ReminderFixture;

namespace Facturation.Web.Tests.Reminders;

/// <summary>Two senders racing on the same invoices: each level is queued once, on SQLite and on PostgreSQL.</summary>
public sealed class ReminderConcurrencyTests
{
    [Fact]
    public async Task Sqlite_two_concurrent_senders_queue_each_reminder_once()
    {
        await using var app = Quiet(new ReminderApp());
        await AssertEachReminderOnceAsync(app);
    }

    [PostgresFact]
    public async Task PostgreSql_two_concurrent_senders_queue_each_reminder_once()
    {
        await using var postgres = await PostgresDatabase.CreateAsync("reminders");
        await using var app = Quiet(new ReminderApp()).With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", postgres.ConnectionString);
        await AssertEachReminderOnceAsync((ReminderApp)app);
    }

    /// <summary>Nothing is delivered: the test is about what is queued.</summary>
    private static ReminderApp Quiet(ReminderApp app)
    {
        app.With("Outbox:Enabled", "false");
        return app;
    }

    private static async Task AssertEachReminderOnceAsync(ReminderApp app)
    {
        app.CreateClient().Dispose();
        var (customerId, _) = await CustomerAsync(app);
        var invoices = new List<int>();
        var due = default(DateOnly);
        for (var i = 0; i < 8; i++)
        {
            (var id, due) = await InvoiceAsync(app, customerId);
            invoices.Add(id);
        }

        DaysAfterDue(app, due, 10);
        var outcomes = (await Task.WhenAll(Enumerable.Range(0, 4).Select(async sender =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await Task.Yield();
            var order = sender % 2 == 0 ? invoices : Enumerable.Reverse(invoices).ToList();
            return await scope.ServiceProvider.GetRequiredService<ReminderService>().SendAsync(order, new Actor($"sender-{sender}", "Test"), CancellationToken.None);
        }))).SelectMany(o => o).ToList();

        Assert.Equal(invoices.Order(), outcomes.Where(o => o.Sent).Select(o => o.InvoiceId).Order());
        Assert.All(outcomes.Where(o => !o.Sent), o => Assert.Equal(ReminderSkip.AlreadySent, o.Skip));
        var rows = await app.QueryAsync(db => db.PaymentReminders.Where(r => invoices.Contains(r.InvoiceId)).Select(r => new { r.InvoiceId, r.Level, r.OutboxMessageId }).ToListAsync());
        Assert.Equal(invoices.Order(), rows.Select(r => r.InvoiceId).Order());
        Assert.All(rows, r => Assert.Equal(1, r.Level));
        var messages = await app.QueryAsync(db => db.OutboxMessages.Where(m => m.InvoiceId != null && invoices.Contains(m.InvoiceId.Value)).Select(m => m.Id).ToListAsync());
        Assert.Equal(messages.Order(), rows.Select(r => r.OutboxMessageId!.Value).Order());
        var levels = await app.QueryAsync(db => db.Invoices.Where(i => invoices.Contains(i.Id)).Select(i => i.LastReminderLevel).ToListAsync());
        Assert.All(levels, l => Assert.Equal(1, l));
    }
}
