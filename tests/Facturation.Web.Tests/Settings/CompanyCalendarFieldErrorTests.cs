using System.Net;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Settings;

/// <summary>An unknown time zone or a back-dating window over a year is refused next to its field, and nothing is saved.</summary>
public sealed class CompanyCalendarFieldErrorTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Theory]
    [InlineData("TimeZoneId", "Mars/Olympus", "Fuseau horaire inconnu : indiquez un identifiant IANA, par ex. Europe/Paris ou America/Toronto.")]
    [InlineData("BackdatingDays", "400", "L'antidatage autorisé doit être compris entre 0 et 365 jours.")]
    public async Task Invalid_calendar_setting_is_refused_on_its_field_and_nothing_is_saved(string field, string value, string message)
    {
        var client = await app.SignInAsAdminAsync();
        var before = await app.QueryAsync(db => db.Companies.AsNoTracking().Select(c => new { c.LegalName, c.TimeZoneId, c.BackdatingDays }).SingleAsync());

        var response = await client.SubmitFormAsync("/Settings", new SettingsForm().Set("LegalName", "Nom jamais enregistré").Set(field, value).Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), field));
        Assert.Equal(before, await app.QueryAsync(db => db.Companies.AsNoTracking().Select(c => new { c.LegalName, c.TimeZoneId, c.BackdatingDays }).SingleAsync()));
    }
}
