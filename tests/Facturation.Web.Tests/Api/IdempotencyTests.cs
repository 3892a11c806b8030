using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Idempotency;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Api;

/// <summary><c>Idempotency-Key</c> on API writes: one execution per key and request, replayed; another body → 422; a concurrent claim → one winner.</summary>
public sealed class IdempotencyTests(ProviderApps apps) : IClassFixture<ProviderApps>
{
    [Fact]
    public Task Same_payment_twice_with_one_key_records_one_payment_and_answers_the_same_on_sqlite() => SamePaymentTwice(apps.Sqlite);

    [PostgresFact]
    public async Task Same_payment_twice_with_one_key_records_one_payment_and_answers_the_same_on_postgresql() => await SamePaymentTwice(await apps.PostgresAsync());

    [Fact]
    public Task Concurrent_claims_of_one_key_have_exactly_one_winner_on_sqlite() => ConcurrentClaims(apps.Sqlite);

    [PostgresFact]
    public async Task Concurrent_claims_of_one_key_have_exactly_one_winner_on_postgresql() => await ConcurrentClaims(await apps.PostgresAsync());

    [Fact]
    public async Task Same_key_with_another_body_is_422_and_records_nothing_more()
    {
        var api = await ApiAsync(apps.Sqlite);
        var customer = await api.CustomerIdAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        var key = Guid.NewGuid().ToString();
        await ReadAsync(await PayAsync(api, key, Payment(customer, invoice, 30m)), HttpStatusCode.Created);

        var problem = await ReadAsync(await PayAsync(api, key, Payment(customer, invoice, 31m)), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(30m, Amount(await api.GetAsync(invoice), "paid"));
    }

    [Fact]
    public async Task Keys_are_per_user_and_requests_without_a_key_are_not_deduplicated()
    {
        var (first, second) = (await ApiAsync(apps.Sqlite), await ApiAsync(apps.Sqlite));
        var customer = await first.CustomerIdAsync();
        var invoice = Id(await first.FinalInvoiceAsync());
        var key = Guid.NewGuid().ToString();

        await ReadAsync(await PayAsync(first, key, Payment(customer, invoice, 10m)), HttpStatusCode.Created);
        await ReadAsync(await PayAsync(second, key, Payment(customer, invoice, 10m)), HttpStatusCode.Created);
        await ReadAsync(await first.Client.PostAsJsonAsync("/api/v1/payments", Payment(customer, invoice, 10m)), HttpStatusCode.Created);
        await ReadAsync(await first.Client.PostAsJsonAsync("/api/v1/payments", Payment(customer, invoice, 10m)), HttpStatusCode.Created);

        Assert.Equal(40m, Amount(await first.GetAsync(invoice), "paid"));
    }

    [Fact]
    public async Task Expired_keys_are_purged_and_the_key_can_be_used_again()
    {
        var app = apps.Sqlite;
        var user = await app.CreateUserAsync(Roles.Accountant);
        var hash = new string('a', 64);
        await app.QueryAsync(async db =>
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord(user.Id, "old-key", hash, DateTime.UtcNow.AddHours(-25), IdempotencyStore.Lifetime));
            return await db.SaveChangesAsync();
        });

        var purged = await app.WithScopeAsync(s => s.GetRequiredService<IdempotencyStore>().PurgeExpiredAsync(CancellationToken.None));
        var claim = await app.WithScopeAsync(s => s.GetRequiredService<IdempotencyStore>().ClaimAsync(user.Id, "old-key", new string('b', 64), CancellationToken.None));

        Assert.True(purged >= 1);
        Assert.Equal(IdempotencyOutcome.Claimed, claim.Outcome);
    }

    [Fact]
    public async Task Sending_twice_with_one_key_queues_one_email()
    {
        var app = apps.Sqlite;
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var (customerId, to) = await MailFixture.CustomerAsync(app);
        var (_, invoiceId) = await MailFixture.InvoiceAsync(app, customerId, finalize: true);
        var key = Guid.NewGuid().ToString();

        var first = await SendAsync(api, invoiceId, key, to.Billing);
        var second = await SendAsync(api, invoiceId, key, to.Billing);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, second.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.InvoiceId == invoiceId)));
    }

    private static async Task<DocumentApi> ApiAsync(FacturationApp app) => new(app, await app.ApiClientAsync(Roles.BillingManager));

    private static object Payment(int customerId, int invoiceId, decimal amount) => new
    {
        customerId,
        date = CompanyDates.Today,
        amount,
        method = "Transfer",
        reference = "VIR-IDEM",
        allocations = new[] { new { invoiceId, amount } },
    };

    private static Task<HttpResponseMessage> PayAsync(DocumentApi api, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return api.Client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient api, int invoiceId, string key, string to)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoices/{invoiceId}/send") { Content = JsonContent.Create(new { to }) };
        request.Headers.Add("Idempotency-Key", key);
        return api.SendAsync(request);
    }

    private static async Task SamePaymentTwice(FacturationApp app)
    {
        var api = await ApiAsync(app);
        var customer = await api.CustomerIdAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        var key = Guid.NewGuid().ToString();

        var first = await PayAsync(api, key, Payment(customer, invoice, 30m));
        var second = await PayAsync(api, key, Payment(customer, invoice, 30m));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(30m, Amount(await api.GetAsync(invoice), "paid"));
        Assert.Equal(1, await app.QueryAsync(db => db.Payments.CountAsync(p => p.Allocations.Any(a => a.InvoiceId == invoice))));
    }

    /// <summary>Many scopes (each its own DbContext and connection, as app instances) claim one key at once: one wins, the others see it in progress.</summary>
    private static async Task ConcurrentClaims(FacturationApp app)
    {
        var user = await app.CreateUserAsync(Roles.Accountant);
        var key = Guid.NewGuid().ToString();
        var hash = new string('c', 64);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
            app.WithScopeAsync(s => s.GetRequiredService<IdempotencyStore>().ClaimAsync(user.Id, key, hash, CancellationToken.None)))));

        Assert.Single(outcomes, o => o.Outcome == IdempotencyOutcome.Claimed);
        Assert.All(outcomes.Where(o => o.Outcome != IdempotencyOutcome.Claimed), o => Assert.Equal(IdempotencyOutcome.InProgress, o.Outcome));
        Assert.Equal(1, await app.QueryAsync(db => db.IdempotencyKeys.CountAsync(r => r.UserId == user.Id && r.Key == key)));
    }
}
