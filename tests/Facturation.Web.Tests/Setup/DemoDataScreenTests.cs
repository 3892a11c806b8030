using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Setup;

/// <summary>A fresh app with <c>Facturation:SeedDemoInvoices</c> on shows the demo activity at once (ADR-030).</summary>
public sealed class DemoDataScreenTests : IAsyncLifetime
{
    private readonly FacturationApp _app = new FacturationApp()
        .With("Facturation:SeedDemoInvoices", "true")
        .With("Jobs:Enabled", "false")
        .With("Outbox:Enabled", "false")
        .With("Webhooks:Enabled", "false");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task FreshApp_WithDemoInvoices_ShowsInvoicesRemindersAndTheLastReminderColumn()
    {
        var client = await _app.SignInAsync(Roles.BillingManager, Roles.Accountant);

        var list = await client.GetStringAsync("/Invoices?sort=lastReminder&desc=true");
        var reminders = await client.GetAsync("/Reminders");

        Assert.Contains("Dupont Imprimerie", list, StringComparison.Ordinal);
        Assert.Contains("Dernière relance", list, StringComparison.Ordinal);
        Assert.Matches(@"data-testid=""last-reminder"">\s*Niveau [123]\s*— \d\d/\d\d/\d{4}", list);
        Assert.Equal(HttpStatusCode.OK, reminders.StatusCode);
        var due = await reminders.Content.ReadAsStringAsync();
        foreach (var level in new[] { "Relance amicale", "Relance", "Mise en demeure" })
        {
            Assert.Contains(level, due, StringComparison.Ordinal);
        }

        // The document page of a reminded invoice shows its last reminder.
        var reminded = await _app.QueryAsync(db => db.Invoices.Where(i => i.LastReminderLevel == 2).Select(i => i.Id).FirstAsync());
        var page = await client.GetStringAsync($"/Invoices/Details/{reminded}");
        Assert.Contains("Dernière relance : Relance le ", page, StringComparison.Ordinal);
    }
}
