using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using static Facturation.Web.Tests.Api.DocumentApi;

namespace Facturation.Web.Tests.Api;

/// <summary>Its own app: the overdue invoice is issued 60 days ago, before anything else in its series.</summary>
public sealed class PenaltyApiTests
{
    [Fact]
    public async Task Penalty_on_an_overdue_invoice_is_a_draft_with_interest_and_the_40_euro_indemnity()
    {
        await using var app = new FacturationApp();
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        await app.AllowBackdatingAsync(90);
        var overdue = await api.FinalInvoiceAsync(CompanyDates.Today.AddDays(-60), "DUPONT");
        var current = await api.FinalInvoiceAsync();

        var penalty = await ReadAsync(await api.Client.PostAsync($"/api/v1/invoices/{Id(overdue)}/penalty", null), HttpStatusCode.Created);
        var refused = await ReadAsync(await api.Client.PostAsync($"/api/v1/invoices/{Id(current)}/penalty", null), HttpStatusCode.Conflict);

        Assert.True((await api.GetAsync(Id(overdue))).GetProperty("overdue").GetBoolean());
        Assert.Equal(("Draft", "Penalty", "Invoice"), (Status(penalty), penalty.GetProperty("type").GetString(), penalty.GetProperty("kind").GetString()));
        var lines = penalty.GetProperty("lines").EnumerateArray().Select(l => Amount(l, "net")).ToList();
        var rate = await app.QueryAsync(db => db.Companies.Select(c => c.LatePaymentPenaltyRate).FirstAsync());

        // 30 days late × annual rate / 365 × 480.00, + 40.00 for a French business customer.
        Assert.Equal([Math.Round(30 * rate / 100m / 365m * 480m, 2, MidpointRounding.AwayFromZero), 40m], lines);
        Assert.Contains("retard", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
