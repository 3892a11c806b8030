using System.Net;
using System.Net.Http.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Payments;

/// <summary>A payment, refund or credit application is never deleted: it is voided/reversed, stays listed, and the documents get the amounts back.</summary>
public sealed class PaymentVoidingTests(ProviderApps apps) : IClassFixture<ProviderApps>
{
    [Fact]
    public Task Voided_payment_stays_retrievable_and_the_invoice_is_restored_on_sqlite() => VoidedPaymentStaysRetrievable(apps.Sqlite);

    [PostgresFact]
    public async Task Voided_payment_stays_retrievable_and_the_invoice_is_restored_on_postgresql() => await VoidedPaymentStaysRetrievable(await apps.PostgresAsync());

    [Fact]
    public Task Voiding_racing_another_payment_is_never_a_500_on_sqlite() => VoidingRacingAPayment(apps.Sqlite);

    [PostgresFact]
    public async Task Voiding_racing_another_payment_is_never_a_500_on_postgresql() => await VoidingRacingAPayment(await apps.PostgresAsync());

    [Fact]
    public async Task Voiding_twice_is_409_and_changes_nothing()
    {
        var api = await ApiAsync(apps.Sqlite);
        var invoice = Id(await api.FinalInvoiceAsync());
        var payment = Id(await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 100m, (invoice, 100m)), HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.NoContent, (await api.Client.DeleteAsync($"/api/v1/payments/{payment}?reason=Erreur")).StatusCode);

        var problem = await ReadAsync(await api.Client.DeleteAsync($"/api/v1/payments/{payment}?reason=Encore"), HttpStatusCode.Conflict);

        Assert.Contains("déjà été annulé", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var voided = await ReadAsync(await api.Client.GetAsync($"/api/v1/payments/{payment}"), HttpStatusCode.OK);
        Assert.Equal("Erreur", voided.GetProperty("voidReason").GetString());
        Assert.Equal(("Final", 480m), (Status(await api.GetAsync(invoice)), Amount(await api.GetAsync(invoice), "remaining")));
    }

    [Fact]
    public async Task Reason_can_come_in_the_body_and_void_answers_the_payment()
    {
        var api = await ApiAsync(apps.Sqlite);
        var invoice = Id(await api.FinalInvoiceAsync());
        var (first, second) = (
            Id(await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 100m, (invoice, 100m)), HttpStatusCode.Created)),
            Id(await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 50m, (invoice, 50m)), HttpStatusCode.Created)));

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/payments/{first}") { Content = JsonContent.Create(new { reason = "Doublon" }) };
        var deleted = await api.Client.SendAsync(delete);
        var voided = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/payments/{second}/void", new { reason = "Rejet" }), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("Doublon", (await ReadAsync(await api.Client.GetAsync($"/api/v1/payments/{first}"), HttpStatusCode.OK)).GetProperty("voidReason").GetString());
        Assert.Equal(("Voided", "Rejet"), (Status(voided), voided.GetProperty("voidReason").GetString()));
        Assert.Equal(480m, Amount(await api.GetAsync(invoice), "remaining"));
    }

    [Fact]
    public async Task Voided_refund_gives_the_credit_back_and_reversed_credit_application_reopens_the_invoice()
    {
        var api = await ApiAsync(apps.Sqlite);
        var invoice = Id(await api.FinalInvoiceAsync());
        var draft = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/credit-notes", new { type = "Corrective", lines = new[] { new { position = 1, quantity = 1 } } }), HttpStatusCode.Created);
        var creditNote = Id(await api.FinalizeAsync(Id(draft)));
        await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/credit-notes/{creditNote}/apply", new { invoiceId = invoice, amount = 100 }), HttpStatusCode.OK);
        var refund = Id(await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/credit-notes/{creditNote}/refund", new { date = CompanyDates.Today, method = "Cheque", amount = 20 }), HttpStatusCode.Created));
        var application = (await api.GetAsync(invoice)).GetProperty("payments").EnumerateArray().Single().GetProperty("creditApplicationId").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client.DeleteAsync($"/api/v1/payments/{refund}?reason=Ch%C3%A8que%20perdu")).StatusCode);
        var afterRefund = await api.GetAsync(creditNote);
        var reversed = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/credit-notes/{creditNote}/applications/{application}/reverse", new { reason = "Mauvaise facture" }), HttpStatusCode.OK);
        var again = await api.Client.PostAsJsonAsync($"/api/v1/credit-notes/{creditNote}/applications/{application}/reverse", new { reason = "Encore" });
        var missingReason = await api.Client.PostAsJsonAsync($"/api/v1/credit-notes/{creditNote}/applications/{application}/reverse", new { });

        Assert.Equal(("Final", 20m), (Status(afterRefund), Amount(afterRefund, "remaining")));
        Assert.Equal(("Final", 120m), (Status(reversed), Amount(reversed, "remaining")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True(missingReason.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{missingReason.StatusCode}");
        var document = await api.GetAsync(invoice);
        Assert.Equal(("Final", 480m), (Status(document), Amount(document, "remaining")));
        var entry = document.GetProperty("payments").EnumerateArray().Single();
        Assert.Equal(("Voided", "Mauvaise facture"), (Status(entry), entry.GetProperty("voidReason").GetString()));
        Assert.Equal(1, await apps.Sqlite.QueryAsync(db => db.CreditApplications.CountAsync(a => a.Id == application)));
    }

    private static async Task<DocumentApi> ApiAsync(FacturationApp app) => new(app, await app.ApiClientAsync(Roles.BillingManager));

    private static async Task VoidedPaymentStaysRetrievable(FacturationApp app)
    {
        var api = await ApiAsync(app);
        var invoice = Id(await api.FinalInvoiceAsync());
        var payment = Id(await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 480m, (invoice, 480m)), HttpStatusCode.Created));
        var recorded = await ReadAsync(await api.Client.GetAsync($"/api/v1/payments/{payment}"), HttpStatusCode.OK);

        var response = await api.Client.DeleteAsync($"/api/v1/payments/{payment}?reason=Ch%C3%A8que%20impay%C3%A9");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Recorded", Status(recorded));
        var voided = await ReadAsync(await api.Client.GetAsync($"/api/v1/payments/{payment}"), HttpStatusCode.OK);
        Assert.Equal(("Voided", "Chèque impayé", "VIR-1", "Transfer"), (Status(voided), voided.GetProperty("voidReason").GetString(), voided.GetProperty("reference").GetString(), voided.GetProperty("method").GetString()));
        Assert.False(string.IsNullOrEmpty(voided.GetProperty("voidedBy").GetString()));
        Assert.True(voided.GetProperty("voidedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        var document = await api.GetAsync(invoice);
        Assert.Equal(("Final", 480m, 0m), (Status(document), Amount(document, "remaining"), Amount(document, "paid")));
        var entry = document.GetProperty("payments").EnumerateArray().Single();
        Assert.Equal((payment, "Voided"), (entry.GetProperty("paymentId").GetInt32(), Status(entry)));
    }

    /// <summary>Each round voids a payment while another payment hits the same invoice: each request ends 2xx or 409, and the stored amount matches the payments still recorded.</summary>
    private static async Task VoidingRacingAPayment(FacturationApp app)
    {
        var api = await ApiAsync(app);
        var customer = await api.CustomerIdAsync();
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 6; round++)
        {
            var invoice = Id(await api.FinalInvoiceAsync());
            var payment = Id(await ReadAsync(await api.PayAsync(customer, 100m, (invoice, 100m)), HttpStatusCode.Created));
            var responses = await Task.WhenAll(
                api.Client.DeleteAsync($"/api/v1/payments/{payment}?reason=Course"),
                api.PayAsync(customer, 50m, (invoice, 50m)));
            foreach (var r in responses)
            {
                Assert.True(r.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
                statuses.Add(r.StatusCode);
            }

            var paid = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == invoice).Select(i => i.PaidAmount).SingleAsync());
            var recorded = await app.QueryAsync(async db => (await db.Payments.AsNoTracking()
                .Where(p => p.Status == Domain.Payments.PaymentStatus.Recorded && p.Allocations.Any(a => a.InvoiceId == invoice)).ToListAsync())
                .Sum(p => p.Allocations.Where(a => a.InvoiceId == invoice).Sum(a => a.Amount)));
            Assert.Equal(recorded, paid);
        }

        Assert.NotEmpty(statuses);
    }
}
