using Facturation.Application.Identity;
using Facturation.Application.Webhooks;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Webhooks.WebhookTestApp;

namespace Facturation.Web.Tests.Webhooks;

/// <summary>Two workers on one PostgreSQL database translate and deliver at the same time: each event arrives once.</summary>
public sealed class WebhookConcurrencyTests
{
    private const int Invoices = 12;

    [PostgresFact]
    public async Task TwoConcurrentWorkers_NeverDeliverTheSameEventTwice()
    {
        await using var database = await PostgresDatabase.CreateAsync("webhooks");
        await using var app = Configure(new FacturationApp()).With("Database:Provider", "PostgreSql").With("ConnectionStrings:Default", database.ConnectionString);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(30);
        var endpoint = await RegisterAsync(app, receiver, WebhookEvents.InvoiceIssued);
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var issued = new List<int>();
        for (var i = 0; i < Invoices; i++)
        {
            issued.Add(DocumentApi.Id(await api.FinalInvoiceAsync()));
        }

        var passes = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(worker => Task.Run(() => RunJobAsync(app, $"worker-{worker % 2}"))));

        Assert.Equal(Invoices, passes.Sum());
        Assert.Equal(Invoices, receiver.Received.Count);
        Assert.Equal(Invoices, receiver.Received.Select(r => r.EventId).Distinct().Count());
        Assert.Equal(issued.Order(), receiver.Received.Select(r => r.DocumentId).Order());
        Assert.Equal(Invoices, await app.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.EndpointId == endpoint && d.Status == WebhookDeliveryStatus.Delivered && d.Attempts == 1)));
    }
}
