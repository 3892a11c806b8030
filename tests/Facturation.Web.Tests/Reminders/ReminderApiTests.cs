using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using static Facturation.Web.Tests.Reminders.ReminderFixture;

namespace Facturation.Web.Tests.Reminders;

/// <summary>The public contract of <c>/api/v1/reminders</c> and the additive invoice and customer fields.</summary>
public sealed class ReminderApiTests(ReminderApp app) : IClassFixture<ReminderApp>
{
    [Fact]
    public async Task Due_lists_the_next_level_and_send_reports_per_invoice_the_level_or_why_it_was_skipped()
    {
        var (customerId, _) = await CustomerAsync(app);
        var (invoiceId, due) = await InvoiceAsync(app, customerId);
        var api = await app.ApiClientAsync(Roles.Accountant);
        DaysAfterDue(app, due, 16);

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/reminders/due");
        var send = await api.PostAsJsonAsync("/api/v1/reminders/send", new { invoiceIds = new[] { invoiceId, invoiceId + 100000 } });
        var again = await api.PostAsJsonAsync("/api/v1/reminders/send", new { invoiceIds = new[] { invoiceId } });
        var invoice = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices/{invoiceId}");

        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("invoiceId").GetInt32() == invoiceId);
        Assert.Equal(customerId, item.GetProperty("customerId").GetInt32());
        Assert.StartsWith("Client REL", item.GetProperty("customerName").GetString(), StringComparison.Ordinal);
        Assert.Equal(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), item.GetProperty("dueDate").GetString());
        Assert.Equal((16, 480m, 2, "Relance"), (item.GetProperty("daysLate").GetInt32(), item.GetProperty("remaining").GetDecimal(), item.GetProperty("level").GetInt32(), item.GetProperty("levelName").GetString()));
        Assert.Equal(invoice.GetProperty("number").GetString(), item.GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.OK, send.StatusCode);
        var outcomes = (await send.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.True(outcomes[0].GetProperty("sent").GetBoolean());
        Assert.Equal(2, outcomes[0].GetProperty("level").GetInt32());
        Assert.True(outcomes[0].GetProperty("outboxMessageId").GetInt32() > 0);
        Assert.Equal(("not_found", false), (outcomes[1].GetProperty("skipped").GetString(), outcomes[1].GetProperty("sent").GetBoolean()));
        var repeated = Assert.Single((await again.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal("already_sent", repeated.GetProperty("skipped").GetString());
        Assert.Contains("a déjà été envoyée", repeated.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, invoice.GetProperty("lastReminderLevel").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, invoice.GetProperty("lastReminderAt").ValueKind);
    }

    [Fact]
    public async Task Send_without_invoices_is_a_400_keyed_by_field()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var response = await api.PostAsJsonAsync("/api/v1/reminders/send", new { invoiceIds = Array.Empty<int>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("factures à relancer", problem.GetProperty("errors").GetProperty("invoiceIds")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customer_api_reads_and_writes_remindersOptOut()
    {
        var (customerId, _) = await CustomerAsync(app, optOut: true);
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var customer = await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customerId}");

        Assert.True(customer.GetProperty("remindersOptOut").GetBoolean());
    }
}
