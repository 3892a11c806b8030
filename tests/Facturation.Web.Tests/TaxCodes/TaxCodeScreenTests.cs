using System.Net;
using System.Text.RegularExpressions;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.TaxCodes;

public sealed class TaxCodeScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Create_with_two_components_ignores_the_blank_row_and_is_listed()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", "qc-2").Set("Label", "TPS + TVQ bis")
            .Component(0, "TPS", "5").Component(1, "TVQ", "9,975").Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var taxCode = await app.QueryAsync(db => db.TaxCodes.SingleAsync(t => t.Code == "QC-2"));
        Assert.Equal($"/TaxCodes/Details/{taxCode.Id}", response.Headers.Location!.OriginalString);
        Assert.Collection(taxCode.Components,
            c => Assert.Equal(("TPS", 5m), (c.Name, c.Rate)),
            c => Assert.Equal(("TVQ", 9.975m), (c.Name, c.Rate)));
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/TaxCodes?search=qc-2"));
        Assert.Contains("TPS 5 % + TVQ 9,975 %", list);
        Assert.Contains("14,975 %", list);
    }

    [Fact]
    public async Task Create_at_zero_percent_with_an_exemption_mention_is_saved()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", "EXO-262").Set("Label", "Exonéré export")
            .Component(0, "TVA", "0").Set("ExemptionMention", "Exonération de TVA, art. 262 I du CGI").Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Exonération de TVA, art. 262 I du CGI",
            await app.QueryAsync(db => db.TaxCodes.Where(t => t.Code == "EXO-262").Select(t => t.ExemptionMention).SingleAsync()));
    }

    [Theory]
    [InlineData("Code", "", "Code", "Le code est obligatoire.")]
    [InlineData("Label", "", "Label", "Le libellé est obligatoire.")]
    [InlineData("Components[0].Rate", "120", "Components[0].Rate", "Le taux doit être compris entre 0 et 100.")]
    [InlineData("Components[0].Rate", "vingt", "Components[0].Rate", "« vingt » n'est pas un nombre valide.")]
    [InlineData("Components[0].Rate", "5,12345", "Components[0].Rate", "Le taux accepte au plus 4 décimales.")]
    [InlineData("Components[0].Name", "", "Components[0].Name", "Le nom de la taxe est obligatoire (ex. TVA, TPS, TVQ).")]
    [InlineData("Components[0].Rate", "0", "ExemptionMention", "Un taux de 0 % exige une mention d'exonération (ex. « TVA non applicable, art. 293 B du CGI »).")]
    public async Task Create_with_bad_input_shows_the_message_next_to_the_field_and_saves_nothing(string field, string value, string errorField, string message)
    {
        var client = await app.SignInAsAdminAsync();
        var label = SeededData.Unique("Refusé ");

        var response = await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", SeededData.Unique("BAD")).Set("Label", label).Set(field, value).Fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), errorField));
        Assert.False(await app.QueryAsync(db => db.TaxCodes.AnyAsync(t => t.Label == label)));
    }

    [Fact]
    public async Task Create_with_two_components_of_the_same_name_is_refused()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", "TWICE").Component(0, "TVA", "10").Component(1, "tva", "5").Fields);

        Assert.Equal("Chaque composante doit avoir un nom différent.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Components"));
        Assert.False(await app.QueryAsync(db => db.TaxCodes.AnyAsync(t => t.Code == "TWICE")));
    }

    [Fact]
    public async Task Create_with_only_blank_rows_asks_for_one_tax()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", "NOTHING").Component(0, string.Empty, string.Empty).Fields);

        Assert.Equal("Saisissez au moins une taxe (ex. TVA 20 %).", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Components"));
        Assert.False(await app.QueryAsync(db => db.TaxCodes.AnyAsync(t => t.Code == "NOTHING")));
    }

    [Fact]
    public async Task Create_with_a_code_already_used_is_a_field_error_not_an_exception()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", "tva20").Set("Label", "Doublon").Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Ce code est déjà utilisé par un autre code de taxe.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Code"));
        Assert.Equal(1, await app.QueryAsync(db => db.TaxCodes.CountAsync(t => t.Code == "TVA20")));
    }

    [Fact]
    public async Task Refused_form_is_shown_again_with_its_three_component_rows()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", "TVA5.5").Component(0, "TVA", "5,5").Fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(3, Regex.Count(html, "name=\"Components\\[\\d\\]\\.Rate\""));
        Assert.Matches("name=\"Components\\[0\\]\\.Rate\"[^>]*value=\"5,5\"|value=\"5,5\"[^>]*name=\"Components\\[0\\]\\.Rate\"", html);
    }

    [Fact]
    public async Task Edit_shows_the_code_read_only_and_replaces_the_components()
    {
        var client = await app.SignInAsAdminAsync();
        await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", "EDIT-RATE").Component(0, "TVA", "19,6").Fields);
        var id = await app.TaxCodeIdAsync("EDIT-RATE");

        var form = await client.GetStringAsync($"/TaxCodes/Edit/{id}");
        var response = await client.SubmitFormAsync($"/TaxCodes/Edit/{id}", new TaxCodeForm().Set("Code", "EDIT-RATE").Set("Label", "Deux taxes")
            .Component(0, "TPS", "5").Component(1, "TVQ", "9.975").Fields);

        Assert.Matches("<input[^>]*name=\"Code\"[^>]*readonly|<input[^>]*readonly[^>]*name=\"Code\"", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.QueryAsync(db => db.TaxCodes.SingleAsync(t => t.Id == id));
        Assert.Equal("Deux taxes", saved.Label);
        Assert.Equal([("TPS", 5m), ("TVQ", 9.975m)], saved.Components.Select(c => (c.Name, c.Rate)).ToList());
    }

    [Fact]
    public async Task Edit_posting_another_code_is_refused_on_the_code()
    {
        var client = await app.SignInAsAdminAsync();
        var id = await app.TaxCodeIdAsync("TVA10");

        var response = await client.SubmitFormAsync($"/TaxCodes/Edit/{id}", new TaxCodeForm().Set("Code", "TVA11").Set("Label", "Renommé").Component(0, "TVA", "10").Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Le code d'un code de taxe ne peut plus être modifié après sa création.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Code"));
        var saved = await app.QueryAsync(db => db.TaxCodes.SingleAsync(t => t.Id == id));
        Assert.Equal(("TVA10", "TVA 10 %"), (saved.Code, saved.Label));
    }

    [Fact]
    public async Task Deactivate_keeps_the_tax_code_but_marks_it_inactive()
    {
        var client = await app.SignInAsAdminAsync();
        await client.SubmitFormAsync("/TaxCodes/Create", new TaxCodeForm().Set("Code", "RETIRED").Fields);
        var id = await app.TaxCodeIdAsync("RETIRED");

        var response = await client.SubmitFormAsync($"/TaxCodes/Deactivate/{id}", [], pageUrl: $"/TaxCodes/Details/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.TaxCodes.Where(t => t.Id == id).Select(t => t.Active).SingleAsync()));
        Assert.Contains("RETIRED", await client.GetStringAsync("/TaxCodes?search=retired"));
    }

    [Fact]
    public async Task Unknown_tax_code_is_a_404_page()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var response = await client.GetAsync("/TaxCodes/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
