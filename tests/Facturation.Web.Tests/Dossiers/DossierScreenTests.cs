using System.Net;
using Facturation.Application.Identity;
using Facturation.Domain.Dossiers;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Dossiers;

public sealed class DossierScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private async Task<Dictionary<string, string>> FormAsync(string name, string reference) => new()
    {
        ["CustomerId"] = (await new DossierApi(app, new HttpClient()).CustomerIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Name"] = name,
        ["Reference"] = reference,
        ["Lines[0].Description"] = "Pose",
        ["Lines[0].Quantity"] = "1",
        ["Lines[0].UnitPrice"] = "100",
        ["Lines[0].TaxCode"] = "TVA20",
        ["Lines[1].Description"] = "Fourniture",
        ["Lines[1].Quantity"] = "3",
        ["Lines[1].UnitPrice"] = "100",
        ["Lines[1].TaxCode"] = "TVA20",
    };

    [Fact]
    public async Task Create_accept_and_deposit_from_the_screens_shows_the_progress_in_the_list()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var reference = SeededData.Unique("BC-");

        var created = await client.SubmitFormAsync("/Dossiers/Create", await FormAsync("Atelier", reference), "/Dossiers/Create");
        var dossier = await app.QueryAsync(db => db.Dossiers.SingleAsync(d => d.CustomerReference == reference));
        var accepted = await client.SubmitFormAsync($"/Dossiers/Accept/{dossier.Id}", new() { ["Reference"] = "Devis signé" }, $"/Dossiers/Details/{dossier.Id}");
        var deposit = await client.SubmitFormAsync($"/Dossiers/Deposit/{dossier.Id}", new() { ["Percent"] = "30", ["Mode"] = "Summary" }, $"/Dossiers/Deposit/{dossier.Id}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deposit.StatusCode);
        Assert.Equal(DossierStatus.Accepted, await app.QueryAsync(db => db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.Status).SingleAsync()));
        Assert.Equal(120m, await app.QueryAsync(db => db.Invoices.Where(i => i.DossierId == dossier.Id).Select(i => i.TotalNet).SingleAsync()));
        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/Dossiers/Details/{dossier.Id}"));
        Assert.Contains("Factures d'acompte / situation (1)", details, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await client.GetStringAsync($"/Dossiers?search={reference}"));
        Assert.Contains(dossier.Number, list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"deposit-share\">0 %", list, StringComparison.Ordinal);
        var depositPage = WebUtility.HtmlDecode(await client.GetStringAsync(deposit.Headers.Location!.OriginalString));
        Assert.Contains($"data-testid=\"dossier-link\">{dossier.Number}</a>", depositPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_without_a_name_shows_the_error_next_to_the_field()
    {
        var client = await app.SignInAsync(Roles.BillingManager);

        var response = await client.SubmitFormAsync("/Dossiers/Create", await FormAsync(string.Empty, SeededData.Unique("BC-")), "/Dossiers/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Le nom du dossier est obligatoire.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Name"));
    }

    [Fact]
    public async Task Deposit_on_an_open_dossier_is_refused_and_not_offered_with_the_reason_in_the_help()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var reference = SeededData.Unique("BC-");
        await client.SubmitFormAsync("/Dossiers/Create", await FormAsync("Ouvert", reference), "/Dossiers/Create");
        var id = await app.QueryAsync(db => db.Dossiers.Where(d => d.CustomerReference == reference).Select(d => d.Id).SingleAsync());

        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/Dossiers/Details/{id}"));
        var response = await client.SubmitFormAsync($"/Dossiers/Deposit/{id}", new() { ["Percent"] = "30", ["Mode"] = "Summary" }, $"/Dossiers/Deposit/{id}");

        Assert.DoesNotContain("data-testid=\"deposit\"", details, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"deposit-help\">Le dossier doit être accepté par le client", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(HtmlForms.SummaryErrors(await response.Content.ReadAsStringAsync()), e => e.Contains("exige un dossier accepté", StringComparison.Ordinal));
        Assert.False(await app.QueryAsync(db => db.Invoices.AnyAsync(i => i.DossierId == id)));
    }

    [Fact]
    public async Task Settings_page_saves_the_deposit_series_option_for_an_admin()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/DossierSettings", new()
        {
            ["DepositsAsPaymentRequests"] = "true",
            ["DefaultDeduction"] = "Progressive",
            ["SituationTitleTemplate"] = "Situation {numero}",
            ["SituationLineTemplate"] = "{designation} ({cumul} %)",
        }, "/DossierSettings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var settings = await app.QueryAsync(db => db.Companies.Select(c => c.DossierBilling).FirstAsync());
        Assert.True(settings.DepositsAsPaymentRequests);
        Assert.Equal(DepositDeduction.Progressive, settings.DefaultDeduction);
    }
}
