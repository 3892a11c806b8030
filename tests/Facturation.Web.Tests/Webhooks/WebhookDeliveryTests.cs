using System.Net;
using Facturation.Application.Identity;
using Facturation.Application.Webhooks;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Api.DocumentApi;
using static Facturation.Web.Tests.Webhooks.WebhookTestApp;

namespace Facturation.Web.Tests.Webhooks;

/// <summary>Deliveries from the audit journal to a real HTTP receiver on 127.0.0.1 (SQLite file).</summary>
public sealed class WebhookDeliveryTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private readonly FacturationApp _app = Configure(app);

    [Fact]
    public async Task IssuedInvoice_IsPostedSigned_WithTheApiDocumentAndAbsoluteLinks()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterAsync(_app, receiver, WebhookEvents.InvoiceIssued);
        var api = new DocumentApi(_app, await _app.ApiClientAsync(Roles.BillingManager));
        var invoice = await api.FinalInvoiceAsync();

        await RunJobAsync(_app);

        var received = Assert.Single(receiver.Received, r => r.Type == "invoice.issued" && r.DocumentId == Id(invoice));
        Assert.True(received.SignatureIsValid(Secret), $"signature {received.Signature} does not match the body");
        Assert.False(received.SignatureIsValid("another-secret-of-16+chars"));
        Assert.InRange(long.Parse(received.Timestamp, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var body = received.Json;
        Assert.Equal(received.EventId, body.GetProperty("id").GetString());
        Assert.True(DateTime.TryParse(body.GetProperty("occurredAt").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var document = body.GetProperty("document");
        Assert.Equal((invoice.GetProperty("number").GetString(), "Final", 480m), (document.GetProperty("number").GetString(), Status(document), Amount(document.GetProperty("totals"), "gross")));
        Assert.Equal($"{PublicBaseUrl}api/v1/invoices/{Id(invoice)}/pdf", body.GetProperty("links").GetProperty("pdf").GetString());
        Assert.Equal($"{PublicBaseUrl}api/v1/invoices/{Id(invoice)}/cii", body.GetProperty("links").GetProperty("cii").GetString());
    }

    [Fact]
    public async Task Receiver500_IsRetriedAfterTheBackoff_WithTheSameEventId()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await RegisterAsync(_app, receiver, WebhookEvents.InvoiceIssued);
        receiver.AnswerNext(500);
        var api = new DocumentApi(_app, await _app.ApiClientAsync(Roles.BillingManager));
        await api.FinalInvoiceAsync();

        await RunJobAsync(_app);
        var afterFailure = Assert.Single(await DeliveriesAsync(_app, endpoint));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await RunJobAsync(_app);

        Assert.Equal(("Pending", 1, 500), (Status(afterFailure), afterFailure.GetProperty("attempts").GetInt32(), afterFailure.GetProperty("lastStatusCode").GetInt32()));
        Assert.Equal([500, 200], receiver.Received.Select(r => r.AnsweredStatus));
        Assert.Single(receiver.Received.Select(r => r.EventId).Distinct());
        Assert.Equal(receiver.Received.First().Body, receiver.Received.Last().Body);
        var delivered = Assert.Single(await DeliveriesAsync(_app, endpoint));
        Assert.Equal(("Delivered", 2, 200), (Status(delivered), delivered.GetProperty("attempts").GetInt32(), delivered.GetProperty("lastStatusCode").GetInt32()));
    }

    [Fact]
    public async Task EventsOfOneDocument_WaitForTheEarlierOne_WhileOtherDocumentsGoOn()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterAsync(_app, receiver, WebhookEvents.InvoiceIssued, WebhookEvents.PaymentRecorded, WebhookEvents.InvoicePaid);
        receiver.AnswerNext(503);
        var api = new DocumentApi(_app, await _app.ApiClientAsync(Roles.BillingManager));
        var invoice = Id(await api.FinalInvoiceAsync());
        await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 480m, (invoice, 480m)), HttpStatusCode.Created);

        await RunJobAsync(_app);
        var firstPass = receiver.Received.Select(r => (r.Type, r.AnsweredStatus)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await RunJobAsync(_app);

        Assert.Equal(("invoice.issued", 503), firstPass[0]);
        Assert.Contains(("payment.recorded", 200), firstPass);
        Assert.Equal(
            [("invoice.issued", 503), ("invoice.issued", 200), ("invoice.paid", 200)],
            receiver.Received.Where(r => r.Type != "payment.recorded").Select(r => (r.Type, r.AnsweredStatus)));
        Assert.All(receiver.Received.Where(r => r.Type.StartsWith("invoice.", StringComparison.Ordinal)), r => Assert.Equal(invoice, r.DocumentId));
    }

    [Fact]
    public async Task Redeliver_PostsTheSameEventAgain()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await RegisterAsync(_app, receiver, WebhookEvents.InvoiceIssued);
        var api = new DocumentApi(_app, await _app.ApiClientAsync(Roles.BillingManager));
        await api.FinalInvoiceAsync();
        await RunJobAsync(_app);
        var delivery = Assert.Single(await DeliveriesAsync(_app, endpoint)).GetProperty("id").GetInt64();

        var admin = await _app.ApiClientAsync(Roles.Admin);
        await ReadAsync(await admin.PostAsync($"/api/v1/webhooks/{endpoint}/deliveries/{delivery}/redeliver", null), HttpStatusCode.OK);
        await RunJobAsync(_app);

        Assert.Equal(2, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.EventId).Distinct());
    }

    /// <summary>
    /// A name checked at registration may resolve to a private address later (DNS rebinding): the address actually
    /// connected to is checked. Simulated with an endpoint row whose URL is the loopback receiver, without the flag.
    /// </summary>
    [Fact]
    public async Task DeliveryToAPrivateAddress_WithoutTheFlag_IsRefusedAtConnectionTime()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await _app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Facturation.Application.Data.FacturationDb>();
            var row = WebhookEndpoint.Register(receiver.Url, services.GetRequiredService<WebhookSecrets>().Protect(Secret), "••••cdef", [WebhookEvents.InvoiceIssued], false, DateTime.UtcNow);
            db.WebhookEndpoints.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        var api = new DocumentApi(_app, await _app.ApiClientAsync(Roles.BillingManager));
        await api.FinalInvoiceAsync();

        await RunJobAsync(_app);

        Assert.Empty(receiver.Received);
        var delivery = Assert.Single(await DeliveriesAsync(_app, endpoint));
        Assert.Equal("Pending", Status(delivery));
        Assert.Contains("protection SSRF", delivery.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await _app.QueryAsync(db => db.WebhookDeliveries.Where(d => d.EndpointId == endpoint).SumAsync(d => d.Attempts)));
    }

    [Fact]
    public async Task RefusedPayment_EmitsNothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await RegisterAsync(_app, receiver, WebhookEvents.PaymentRecorded, WebhookEvents.InvoicePaid);
        var api = new DocumentApi(_app, await _app.ApiClientAsync(Roles.BillingManager));
        var invoice = Id(await api.FinalInvoiceAsync());

        var refused = await api.PayAsync(await api.CustomerIdAsync(), 500m, (invoice, 500m));
        await RunJobAsync(_app);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty(await DeliveriesAsync(_app, endpoint));
        Assert.Empty(receiver.Received);
    }
}
