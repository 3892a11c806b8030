using System.Net;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Settings;

/// <summary>The company's time zone and back-dating window on the settings screen (ADR-011).</summary>
public sealed class CompanyCalendarScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Save_time_zone_and_backdating_window_stores_them_and_shows_them_back()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/Settings", new SettingsForm().Set("TimeZoneId", "America/Toronto").Set("BackdatingDays", "3").Fields);
        var page = await client.GetStringAsync("/Settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(("America/Toronto", 3), await app.QueryAsync(db => db.Companies.Select(c => new ValueTuple<string, int>(c.TimeZoneId, c.BackdatingDays)).SingleAsync()));
        Assert.Contains("value=\"America/Toronto\"", page, StringComparison.Ordinal);
    }
}
