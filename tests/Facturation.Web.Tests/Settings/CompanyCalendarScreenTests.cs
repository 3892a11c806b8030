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

    [Theory]
    [InlineData("TimeZoneId", "Mars/Olympus_Mons", "Fuseau horaire inconnu : indiquez un identifiant IANA, par ex. Europe/Paris ou America/Toronto.")]
    [InlineData("TimeZoneId", "Romance Standard Time", "Fuseau horaire inconnu : indiquez un identifiant IANA, par ex. Europe/Paris ou America/Toronto.")]
    [InlineData("BackdatingDays", "400", "L'antidatage autorisé doit être compris entre 0 et 365 jours.")]
    public async Task Save_bad_calendar_value_shows_the_message_next_to_the_field(string field, string value, string message)
    {
        var client = await app.SignInAsAdminAsync();
        var before = await app.QueryAsync(db => db.Companies.Select(c => c.TimeZoneId).SingleOrDefaultAsync());

        var response = await client.SubmitFormAsync("/Settings", new SettingsForm().Set(field, value).Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), field));
        Assert.Equal(before, await app.QueryAsync(db => db.Companies.Select(c => c.TimeZoneId).SingleOrDefaultAsync()));
    }
}
