using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Api;

public sealed class PaymentApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private async Task<DocumentApi> ApiAsync(string role = Roles.BillingManager) => new(app, await app.ApiClientAsync(role));

    [Fact]
    public async Task Partial_then_full_payment_moves_to_partially_paid_then_paid()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        var customer = await api.CustomerIdAsync();
        var accountant = await ApiAsync(Roles.Accountant);

        await ReadAsync(await accountant.PayAsync(customer, 100m, (invoice, 100m)), HttpStatusCode.Created);
        var partial = await api.GetAsync(invoice);
        await ReadAsync(await accountant.PayAsync(customer, 380m, (invoice, 380m)), HttpStatusCode.Created);
        var paid = await api.GetAsync(invoice);

        Assert.Equal(("PartiallyPaid", 100m, 380m), (Status(partial), Amount(partial, "paid"), Amount(partial, "remaining")));
        Assert.Equal(("Paid", 480m, 0m), (Status(paid), Amount(paid, "paid"), Amount(paid, "remaining")));
        Assert.False(paid.GetProperty("overdue").GetBoolean());
        Assert.Equal([100m, 380m], paid.GetProperty("payments").EnumerateArray().Select(p => Amount(p, "amount")));
        Assert.Equal("Transfer", paid.GetProperty("payments")[0].GetProperty("method").GetString());
    }

    [Fact]
    public async Task One_payment_over_three_invoices_settles_each()
    {
        var api = await ApiAsync();
        var ids = new[] { Id(await api.FinalInvoiceAsync()), Id(await api.FinalInvoiceAsync()), Id(await api.FinalInvoiceAsync()) };

        var payment = await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 1000m, (ids[0], 480m), (ids[1], 480m), (ids[2], 40m)), HttpStatusCode.Created);

        var statuses = new List<string?>();
        foreach (var id in ids)
        {
            statuses.Add(Status(await api.GetAsync(id)));
        }

        Assert.Equal(["Paid", "Paid", "PartiallyPaid"], statuses);
        Assert.Equal(3, payment.GetProperty("allocations").GetArrayLength());
    }

    [Fact]
    public async Task Over_allocation_is_400_on_the_allocation_field_and_writes_nothing()
    {
        var api = await ApiAsync();
        var (first, second) = (Id(await api.FinalInvoiceAsync()), Id(await api.FinalInvoiceAsync()));
        var before = await app.QueryAsync(db => db.Payments.CountAsync());

        var response = await api.PayAsync(await api.CustomerIdAsync(), 580m, (first, 100m), (second, 480.01m));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("reste dû", errors.GetProperty("allocations[1].amount")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Payments.CountAsync()));
        Assert.Equal(("Final", 0m), (Status(await api.GetAsync(first)), Amount(await api.GetAsync(first), "paid")));
    }

    [Fact]
    public async Task Delete_payment_with_reason_restores_status_and_records_it()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        var payment = Id(await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 480m, (invoice, 480m)), HttpStatusCode.Created));

        var response = await api.Client.DeleteAsync($"/api/v1/payments/{payment}?reason=Ch%C3%A8que%20impay%C3%A9");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var document = await api.GetAsync(invoice);
        Assert.Equal(("Final", 480m), (Status(document), Amount(document, "remaining")));
        Assert.Equal("Voided", Status(document.GetProperty("payments")[0]));
        Assert.Contains(document.GetProperty("history").EnumerateArray(), h => h.GetProperty("details").GetString()!.Contains("Chèque impayé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_payment_without_reason_is_400_on_reason()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        var payment = Id(await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 10m, (invoice, 10m)), HttpStatusCode.Created));

        var problem = await ReadAsync(await api.Client.DeleteAsync($"/api/v1/payments/{payment}"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("PartiallyPaid", Status(await api.GetAsync(invoice)));
    }

    [Fact]
    public async Task Payment_on_a_draft_is_409_naming_the_status()
    {
        var api = await ApiAsync();
        var draft = await ReadAsync(await api.Client.PostAsJsonAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync(), lines = new[] { Line(1, 10) } }), HttpStatusCode.Created);

        var problem = await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 12m, (Id(draft), 12m)), HttpStatusCode.Conflict);

        Assert.Contains("au statut « Brouillon/proforma »", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paid_invoice_can_be_disputed_and_back()
    {
        var api = await ApiAsync();
        var invoice = Id(await api.FinalInvoiceAsync());
        await ReadAsync(await api.PayAsync(await api.CustomerIdAsync(), 480m, (invoice, 480m)), HttpStatusCode.Created);

        var disputed = await ReadAsync(await api.Client.PostAsJsonAsync($"/api/v1/invoices/{invoice}/dispute", new { reason = "Rejet de prélèvement" }), HttpStatusCode.OK);
        var resolved = await ReadAsync(await api.Client.PostAsync($"/api/v1/invoices/{invoice}/resolve-dispute", null), HttpStatusCode.OK);

        Assert.Equal(("Disputed", "Paid"), (Status(disputed), Status(resolved)));
    }
}
