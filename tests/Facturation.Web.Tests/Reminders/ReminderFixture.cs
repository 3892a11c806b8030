using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Common;
using Facturation.Application.Identity;
using Facturation.Application.Reminders;
using Facturation.Domain.Common;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Reminders;

/// <summary>Customers with their own addresses and invoices issued today that the tests then find overdue.</summary>
internal static class ReminderFixture
{
    public static readonly Actor Biller = new("reminder-test", "Test relances");

    public sealed record Recipients(string Billing, string Copied);

    /// <summary>A customer (French company with a SIREN by default) whose billing and CC contacts are unique to the test.</summary>
    public static async Task<(int CustomerId, Recipients To)> CustomerAsync(FacturationApp app, CustomerKind kind = CustomerKind.Company, string country = "FR", bool optOut = false)
    {
        var to = new Recipients(SmtpCatcher.NewAddress("relance"), SmtpCatcher.NewAddress("relance-cc"));
        var code = SeededData.Unique("REL");
        var siren = kind == CustomerKind.Company && country == "FR" ? "732829320" : null;
        var address = country == "FR" ? new PostalAddress("1 rue de la Paix", null, "75002", "Paris", "FR") : new PostalAddress("4321 boulevard Saint-Laurent", null, "H2W 1Z8", "Montréal", "CA");
        var customer = new Customer(
            new CustomerProfile(code, $"Client {code}", kind, siren, null, null, null, null, address, null, 30, 0m, null),
            [
                new ContactDetails(null, "Compta", to.Billing, null, null, true, false),
                new ContactDetails(null, "Achats", to.Copied, null, null, false, true),
            ]);
        customer.SetRemindersOptOut(optOut);
        return (await app.AddAsync(customer, c => c.Id), to);
    }

    /// <summary>An invoice of 480.00 € issued today through the API, due in 30 days (the customer's terms).</summary>
    public static async Task<(int Id, DateOnly DueDate)> InvoiceAsync(FacturationApp app, int customerId)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var lines = new[] { new { description = "Conseil", quantity = 1m, unitPrice = 100m, taxCode = "TVA20" }, new { description = "Formation", quantity = 3m, unitPrice = 100m, taxCode = "TVA20" } };
        var created = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, lines });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var finalized = await api.PostAsync($"/api/v1/invoices/{id}/finalize", null);
        Assert.Equal(HttpStatusCode.OK, finalized.StatusCode);
        var due = DateOnly.Parse((await finalized.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return (id, due);
    }

    public static Task<DateOnly> TodayAsync(FacturationApp app) =>
        app.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<IBusinessClock>().Today));

    /// <summary>Moves the app's clock to <paramref name="days"/> days after <paramref name="dueDate"/> (never backwards).</summary>
    public static void DaysAfterDue(ReminderApp app, DateOnly dueDate, int days) => app.Clock.SetDay(dueDate.AddDays(days));

    public static Task<IReadOnlyList<ReminderOutcome>> SendAsync(FacturationApp app, params int[] invoiceIds) =>
        app.WithScopeAsync(s => s.GetRequiredService<ReminderService>().SendAsync(invoiceIds, Biller, CancellationToken.None));

    public static async Task<ReminderOutcome> SendOneAsync(FacturationApp app, int invoiceId) =>
        Assert.Single(await SendAsync(app, invoiceId));
}
