using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;

namespace Facturation.Web.Tests.Payments;

/// <summary>Its own app: the overdue invoice is issued 60 days ago, before anything else in its series.</summary>
public sealed class OverdueScreenTests
{
    [Fact]
    public async Task En_retard_filter_lists_only_overdue_invoices_with_their_flag()
    {
        await using var app = new FacturationApp();
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        await app.AllowBackdatingAsync(90);
        var overdue = (await api.FinalInvoiceAsync(CompanyDates.Today.AddDays(-60))).GetProperty("number").GetString()!;
        var current = (await api.FinalInvoiceAsync()).GetProperty("number").GetString()!;
        var client = await app.SignInAsync(Roles.Accountant);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Invoices?overdue=true"));

        Assert.Contains(overdue, html);
        Assert.DoesNotContain(current, html);
        Assert.Contains("data-testid=\"overdue\"", html);
    }
}
