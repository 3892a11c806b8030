using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>
/// A cancellation racing a payment on the same invoice: one wins, the other is refused with a reason (409/400),
/// never a 500 (<c>DbUpdateConcurrencyException</c> on the invoice's amounts is mapped to 409 globally).
/// </summary>
public sealed class ConcurrencyConflictTests
{
    private const int Rounds = 12;

    [Fact]
    public async Task Cancel_racing_a_payment_never_answers_500_on_sqlite()
    {
        using var app = new FacturationApp();
        await RaceAsync(app);
    }

    [PostgresFact]
    public async Task Cancel_racing_a_payment_never_answers_500_on_postgres()
    {
        await using var postgres = await PostgresApp.StartAsync("cancel-race");
        await RaceAsync(postgres.App);
    }

    private static async Task RaceAsync(FacturationApp app)
    {
        var documents = new DocumentApi(app, await app.ApiClientAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant));
        var customerId = await documents.CustomerIdAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Rounds; i++)
        {
            var invoice = DocumentApi.Id(await documents.FinalInvoiceAsync());
            using var start = new SemaphoreSlim(0);
            var pay = Task.Run(async () =>
            {
                await start.WaitAsync();
                return await documents.PayAsync(customerId, 480m, (invoice, 480m));
            });
            var cancel = Task.Run(async () =>
            {
                await start.WaitAsync();
                return await documents.Client.PostAsync($"/api/v1/invoices/{invoice}/cancel", InputHoleTests.Json("""{"reason":"Erreur de saisie"}"""));
            });
            start.Release(2);
            var responses = await Task.WhenAll(pay, cancel);
            foreach (var response in responses)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {body}");
                if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    Assert.Contains("\"detail\"", body);
                }

                statuses.Add(response.StatusCode);
            }
        }

        Assert.Contains(statuses, s => s is HttpStatusCode.OK or HttpStatusCode.Created);
    }
}
