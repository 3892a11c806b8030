using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Listing;

/// <summary>
/// Stored instants are shown in the company's time zone (ADR-011), not the server's: the list's "Modification" column,
/// its export, and the document page's history. Auckland is 13 hours from the UTC server in November.
/// </summary>
public sealed class CompanyTimeDisplayTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private const string Zone = "Pacific/Auckland";

    [Fact]
    public async Task The_list_its_export_and_the_history_show_times_in_the_company_zone()
    {
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Application.Data.FacturationDb>();
            var changed = await db.Companies.ExecuteUpdateAsync(c => c.SetProperty(x => x.TimeZoneId, Zone));

            // Written behind the settings service, as by another instance: drop the zone this app may have cached (ADR-011).
            services.GetRequiredService<Application.Common.CompanyTimeZoneCache>().Invalidate();
            return changed;
        });
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var customerId = await app.QueryAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var created = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, reference = "TZ-DISPLAY", lines = new[] { new { description = "Prestation", quantity = 1m, unitPrice = 100m, taxCode = "TVA20" } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/invoices/{id}/finalize", null)).StatusCode);
        var modifiedUtc = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.LastModifiedAtUtc).SingleAsync());
        var inZone = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(modifiedUtc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(Zone));
        var expected = inZone.ToString("dd/MM/yyyy HH:mm", CultureInfo.GetCultureInfo("fr-FR"));
        var asUtc = modifiedUtc.ToString("dd/MM/yyyy HH:mm", CultureInfo.GetCultureInfo("fr-FR"));
        var client = await app.SignInAsync(Roles.Accountant);

        var list = await client.GetStringAsync("/Invoices?search=TZ-DISPLAY&cols=number&cols=modified");
        var export = await client.GetStringAsync("/Invoices/Export?format=csv&search=TZ-DISPLAY&cols=number&cols=modified");
        var details = await client.GetStringAsync($"/Invoices/Details/{id}");

        Assert.NotEqual(expected, asUtc);
        Assert.Contains($">{expected}</td>", list, StringComparison.Ordinal);
        Assert.DoesNotContain(asUtc, list, StringComparison.Ordinal);
        Assert.Contains(expected, export, StringComparison.Ordinal);
        Assert.Contains(expected[..10], details, StringComparison.Ordinal);
        Assert.DoesNotContain(asUtc, details, StringComparison.Ordinal);
    }
}
