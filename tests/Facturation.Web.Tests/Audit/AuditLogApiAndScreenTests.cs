using System.Net;
using System.Text.Json;
using Facturation.Application.Audit;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Audit;

/// <summary><c>GET /api/v1/audit</c> and the <i>Journal d'audit</i> screen: filters, paging, roles, and the failed-verification banner.</summary>
public sealed class AuditLogApiAndScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Api_lists_entries_newest_first_filtered_by_document_and_event()
    {
        var api = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var first = (await api.FinalInvoiceAsync()).GetProperty("number").GetString()!;
        var second = await api.FinalInvoiceAsync();
        var paid = await api.PayAsync(await api.CustomerIdAsync(), 100m, (DocumentApi.Id(second), 100m));
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var accountant = await app.ApiClientAsync(Roles.Accountant);

        var byDocument = await ReadAsync(await accountant.GetAsync($"/api/v1/audit?documentNumber={first}&event=invoice.issued"));
        var payments = await ReadAsync(await accountant.GetAsync($"/api/v1/audit?event=payment.recorded&from={DateTime.UtcNow:yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}&page=1"));
        var none = await ReadAsync(await accountant.GetAsync("/api/v1/audit?from=2000-01-01&to=2000-01-31"));

        var item = Assert.Single(byDocument.GetProperty("items").EnumerateArray());
        Assert.Equal("invoice.issued", item.GetProperty("event").GetString());
        Assert.Equal(first, item.GetProperty("documentNumber").GetString());
        Assert.Equal(first, item.GetProperty("payload").GetProperty("number").GetString());
        Assert.Equal(1, item.GetProperty("payload").GetProperty("v").GetInt32());
        Assert.Equal(64, item.GetProperty("hash").GetString()!.Length);
        Assert.Equal(64, item.GetProperty("previousHash").GetString()!.Length);
        Assert.True(item.GetProperty("sequence").GetInt64() >= 1);
        Assert.True(item.TryGetProperty("timeUtc", out _) && item.TryGetProperty("actor", out _));
        Assert.Equal((1, 1, 50), (byDocument.GetProperty("total").GetInt32(), byDocument.GetProperty("page").GetInt32(), byDocument.GetProperty("pageSize").GetInt32()));
        var payment = Assert.Single(payments.GetProperty("items").EnumerateArray());
        Assert.Equal("payment.recorded", payment.GetProperty("event").GetString());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(Roles.Accountant, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    [InlineData(Roles.BillingManager, HttpStatusCode.Forbidden)]
    public async Task Api_is_for_accountants_and_administrators_only(string role, HttpStatusCode expected)
    {
        var client = await app.ApiClientAsync(role);

        var response = await client.GetAsync("/api/v1/audit");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Api_bad_date_is_a_400_keyed_by_the_field()
    {
        var client = await app.ApiClientAsync(Roles.Accountant);

        var response = await client.GetAsync("/api/v1/audit?from=pas-une-date");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task Screen_shows_the_entries_to_an_accountant_and_refuses_a_billing_manager()
    {
        var number = (await new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager)).FinalInvoiceAsync()).GetProperty("number").GetString()!;
        var accountant = await app.SignInAsync(Roles.Accountant);
        var manager = await app.SignInAsync(Roles.BillingManager);

        var page = await accountant.GetAsync($"/Audit?documentNumber={number}&event=invoice.issued");
        var refused = await manager.GetAsync("/Audit");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"audit-entries\"", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"audit-entry\""));
        Assert.Contains(number, html, StringComparison.Ordinal);
        Assert.Contains("Document émis", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_nightly_run_shows_on_the_home_page_of_an_administrator_and_on_the_audit_screen()
    {
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Facturation.Application.Data.FacturationDb>();
            var run = new AuditVerificationRun(new DateOnly(2001, 1, 1), "test", DateTime.UtcNow);
            run.Complete(new AuditVerification(3, new AuditBreak(2, "invoice.issued", "FA-TEST-1", "totals.gross", "\"1.00\"", "\"2.00\"")), DateTime.UtcNow);
            db.AuditVerificationRuns.Add(run);
            return await db.SaveChangesAsync();
        });
        var admin = await app.SignInAsAdminAsync();

        var home = await admin.GetStringAsync("/");
        var screen = await admin.GetStringAsync("/Audit");

        Assert.Contains("data-testid=\"audit-alert\"", home, StringComparison.Ordinal);
        Assert.Contains("FA-TEST-1", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-run-failed\"", screen, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
