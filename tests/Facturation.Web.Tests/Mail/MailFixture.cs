using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Documents;
using Facturation.Application.Identity;
using Facturation.Application.Mail;
using Facturation.Domain.Common;
using Facturation.Domain.Customers;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Mail;

/// <summary>Test data and helpers of the email tests: an app wired to an SMTP catcher, customers with their own addresses.</summary>
internal static class MailFixture
{
    public const string Sender = "factures@facturation.test";

    /// <summary>An app whose SMTP settings come from configuration (section Smtp) and whose outbox worker polls fast.</summary>
    public static FacturationApp AppFor(string host, int port) => Configure(new FacturationApp(), host, port);

    public static FacturationApp Configure(FacturationApp app, string host, int port) => Fast(app)
        .With("Smtp:Host", host)
        .With("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .With("Smtp:Security", "None")
        .With("Smtp:From", $"Ma Société <{Sender}>");

    public static FacturationApp Fast(FacturationApp app) => app
        .With("Outbox:PollInterval", "00:00:00.100")
        .With("Outbox:RetryBaseDelay", "00:00:00.200")
        .With("Outbox:MaxRetryDelay", "00:00:01");

    public sealed record Recipients(string Billing, string Copied, string NotCopied);

    /// <summary>A customer whose billing contact and CC contact have addresses unique to the calling test.</summary>
    public static async Task<(int CustomerId, Recipients Recipients)> CustomerAsync(FacturationApp app)
    {
        var recipients = new Recipients(SmtpCatcher.NewAddress("billing"), SmtpCatcher.NewAddress("cc"), SmtpCatcher.NewAddress("other"));
        var code = SeededData.Unique("MAIL");
        var customer = new Customer(
            new CustomerProfile(code, $"Client {code}", CustomerKind.Company, TestCustomers.Siren, null, null, null, null, new PostalAddress("1 rue de la Paix", null, "75002", "Paris", "FR"), null, 30, 0m, null),
            [
                new ContactDetails(null, "Compta", recipients.Billing, null, null, true, false),
                new ContactDetails(null, "Achats", recipients.Copied, null, null, false, true),
                new ContactDetails(null, "Commercial", recipients.NotCopied, null, null, false, false),
            ]);
        return (await app.AddAsync(customer, c => c.Id), recipients);
    }

    /// <summary>A draft (or, when <paramref name="finalize"/>, a final invoice) of 1 × 100 + 3 × 100 at 20 % created through the API.</summary>
    public static async Task<(HttpClient Api, int InvoiceId)> InvoiceAsync(FacturationApp app, int customerId, bool finalize)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var lines = new[] { new { description = "Conseil", quantity = 1m, unitPrice = 100m, taxCode = "TVA20" }, new { description = "Formation", quantity = 3m, unitPrice = 100m, taxCode = "TVA20" } };
        var created = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, lines });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        if (finalize)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/invoices/{id}/finalize", null)).StatusCode);
        }

        return (api, id);
    }

    /// <summary>What the one PDF source of the app hands out for this document (what the email must carry).</summary>
    public static Task<InvoicePdf> PdfAsync(FacturationApp app, int invoiceId) =>
        app.WithScopeAsync(s => s.GetRequiredService<IInvoicePdfSource>().GetAsync(invoiceId, CancellationToken.None));

    public static Task<OutboxMessage> MessageAsync(FacturationApp app, int id) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>Polls the outbox row until <paramref name="done"/> holds (15 s at most).</summary>
    public static async Task<OutboxMessage> WaitForMessageAsync(FacturationApp app, int id, Func<OutboxMessage, bool> done, TimeSpan? timeout = null)
    {
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var message = await MessageAsync(app, id);
            if (done(message))
            {
                return message;
            }

            if (DateTime.UtcNow > limit)
            {
                throw new TimeoutException($"Outbox message {id}: status {message.Status}, attempts {message.Attempts}, error {message.LastError}");
            }

            await Task.Delay(100);
        }
    }

    public static async Task<int> RequestSendAsync(HttpClient api, int invoiceId, object? body = null)
    {
        var response = body is null ? await api.PostAsync($"/api/v1/invoices/{invoiceId}/send", null) : await api.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/send", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
