using System.Net;
using Facturation.Application.Identity;
using Facturation.Domain.Companies;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Settings;

public sealed class SettingsScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Settings_page_shows_the_current_company()
    {
        var client = await app.SignInAsAdminAsync();

        var page = await client.GetStringAsync("/Settings");

        Assert.Contains("value=\"884123456\"", page);
        Assert.Contains("value=\"FR76 3000 6000 0112 3456 7890 189\"", page);
        Assert.Contains("40 €", page);
    }

    [Fact]
    public async Task Save_stores_identity_and_billing_defaults_together()
    {
        var client = await app.SignInAsAdminAsync();
        var form = new SettingsForm().Set("LegalName", "Atelier Lumière Québec").Set("QuebecNeq", "1234567890")
            .Set("QuebecGstNumber", "123456789 RT0001").Set("QuebecQstNumber", "1234567890 TQ0001")
            .Set("Currency", "CAD").Set("GlAccountRequiredOnLines", "true").Set("DefaultPaymentTermsDays", "45")
            .Set("Iban", "fr76 3000 6000 0112 3456 7890 189");

        var response = await client.SubmitFormAsync("/Settings", form.Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Settings", response.Headers.Location!.OriginalString);
        var company = await app.QueryAsync(db => db.Companies.SingleAsync());
        Assert.Equal("Atelier Lumière Québec", company.LegalName);
        Assert.Equal(("884123456", "88412345600011", 20000m), (company.Siren, company.Siret, company.ShareCapital!.Value));
        Assert.Equal(("1234567890", "123456789 RT0001", "1234567890 TQ0001"), (company.QuebecNeq, company.QuebecGstNumber, company.QuebecQstNumber));
        Assert.Equal(("FR7630006000011234567890189", "AGRIFRPP"), (company.Iban, company.Bic));
        Assert.Equal((Currency.CAD, true, 45, 12.5m), (company.Currency, company.GlAccountRequiredOnLines, company.DefaultPaymentTermsDays, company.LatePaymentPenaltyRate));
        Assert.Equal(("Lyon", "69002"), (company.Address.City, company.Address.PostalCode));
    }

    [Theory]
    [InlineData("LegalName", "", "LegalName", "La raison sociale est obligatoire.")]
    [InlineData("Siren", "123456789", "Siren", "Le SIREN doit comporter 9 chiffres valides.")]
    [InlineData("Siret", "88412345600012", "Siret", "Le SIRET doit comporter 14 chiffres valides.")]
    [InlineData("Siret", "73282932000074", "Siret", "Le SIRET doit commencer par le SIREN de la société.")]
    [InlineData("VatNumber", "FR00884123456", "VatNumber", "Numéro de TVA intracommunautaire invalide (ex. FR40303265045).")]
    [InlineData("VatNumber", "FR44732829320", "VatNumber", "Le numéro de TVA français doit se terminer par le SIREN de la société.")]
    [InlineData("Iban", "FR76 3000 6000 0112 3456 7890 188", "Iban", "IBAN invalide : vérifiez le pays, la longueur et la clé (ex. FR76 3000 6000 0112 3456 7890 189).")]
    [InlineData("Iban", "FR76 3000 6000 0112", "Iban", "IBAN invalide : vérifiez le pays, la longueur et la clé (ex. FR76 3000 6000 0112 3456 7890 189).")]
    [InlineData("Bic", "AGRI", "Bic", "BIC invalide : 8 ou 11 caractères (ex. AGRIFRPP ou AGRIFRPP882).")]
    [InlineData("Bic", "", "Bic", "Indiquez le BIC qui accompagne l'IBAN.")]
    [InlineData("Email", "pas-un-email", "Email", "Adresse e-mail invalide.")]
    [InlineData("Address.PostalCode", "6900", "Address.PostalCode", "Un code postal français a 5 chiffres.")]
    [InlineData("Address.City", "", "Address.City", "La ville est obligatoire.")]
    [InlineData("QuebecNeq", "12345", "QuebecNeq", "Le NEQ comporte 10 chiffres.")]
    [InlineData("QuebecGstNumber", "123456789", "QuebecGstNumber", "Le numéro de TPS a la forme 123456789 RT0001.")]
    [InlineData("QuebecQstNumber", "1234567890 RT0001", "QuebecQstNumber", "Le numéro de TVQ a la forme 1234567890 TQ0001.")]
    [InlineData("DefaultPaymentTermsDays", "400", "DefaultPaymentTermsDays", "Le délai de paiement doit être compris entre 0 et 365 jours.")]
    [InlineData("LatePaymentPenaltyRate", "douze", "LatePaymentPenaltyRate", "« douze » n'est pas un nombre valide.")]
    [InlineData("LatePaymentPenaltyRate", "150", "LatePaymentPenaltyRate", "Le taux de pénalité doit être compris entre 0 et 100.")]
    [InlineData("ShareCapital", "-1", "ShareCapital", "Le capital ne peut pas être négatif.")]
    public async Task Save_with_bad_input_shows_the_message_next_to_the_field_and_changes_nothing(string field, string value, string errorField, string message)
    {
        var client = await app.SignInAsAdminAsync();
        var legalName = SeededData.Unique("Refusée ");

        var response = await client.SubmitFormAsync("/Settings", new SettingsForm().Set("LegalName", legalName).Set(field, value).Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), errorField));
        Assert.False(await app.QueryAsync(db => db.Companies.AnyAsync(c => c.LegalName == legalName)));
    }

    [Fact]
    public async Task Uploaded_png_logo_is_served_back_by_the_logo_url()
    {
        var client = await app.SignInAsAdminAsync();
        var png = LogoUploads.Png(2048);

        var response = await LogoUploads.UploadAsync(client, png);
        var logo = await client.GetAsync("/Settings/Logo");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await logo.Content.ReadAsByteArrayAsync());
        Assert.Contains("src=\"/Settings/Logo", await client.GetStringAsync("/Settings"));
    }

    [Fact]
    public async Task Jpeg_logo_is_accepted()
    {
        var client = await app.SignInAsAdminAsync();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8.ToArray(), 0x00, 0xFF, 0xD9];

        var response = await LogoUploads.UploadAsync(client, jpeg, "logo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("image/jpeg", await app.QueryAsync(db => db.Companies.Select(c => c.LogoContentType).SingleAsync()));
    }

    [Fact]
    public async Task Logo_over_one_megabyte_is_refused_on_the_field()
    {
        var client = await app.SignInAsAdminAsync();
        var tooLarge = LogoUploads.Png(Company.MaxLogoBytes + 1);

        var response = await LogoUploads.UploadAsync(client, tooLarge);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Le logo ne doit pas dépasser 1 Mo.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Logo"));
        Assert.NotEqual(tooLarge.Length, await app.QueryAsync(db => db.Companies.Select(c => c.Logo == null ? 0 : c.Logo.Length).SingleAsync()));
    }

    [Fact]
    public async Task Gif_logo_is_refused_on_the_field()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await LogoUploads.UploadAsync(client, "GIF89a\u0001\u0000"u8.ToArray(), "logo.gif", "image/gif");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Le logo doit être une image PNG ou JPEG.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Logo"));
    }

    [Fact]
    public async Task File_claiming_to_be_png_without_being_one_is_refused()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await LogoUploads.UploadAsync(client, "<svg onload=alert(1)>"u8.ToArray(), "logo.png", "image/png");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Le fichier n'est pas une image PNG ou JPEG valide.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Logo"));
    }

    [Fact]
    public async Task Upload_without_a_file_asks_for_one()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await LogoUploads.UploadAsync(client, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choisissez une image PNG ou JPEG.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Logo"));
    }

    [Fact]
    public async Task Removed_logo_is_no_longer_served()
    {
        var client = await app.SignInAsAdminAsync();
        await LogoUploads.UploadAsync(client, LogoUploads.Png(100));

        var response = await client.SubmitFormAsync("/Settings/RemoveLogo", [], pageUrl: "/Settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Settings/Logo")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.BillingManager)]
    [InlineData(Roles.Accountant)]
    public async Task Non_administrator_posting_the_settings_anyway_is_refused_and_nothing_is_saved(string role)
    {
        var intruder = await app.SignInAsync(role);
        var token = HtmlForms.AntiforgeryToken(await intruder.GetStringAsync("/Products"))!;

        var response = await intruder.PostAsync("/Settings", new FormUrlEncodedContent(new Dictionary<string, string>(new SettingsForm().Set("LegalName", "Intrus SAS").Fields)
        {
            [HtmlForms.AntiforgeryField] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Companies.AnyAsync(c => c.LegalName == "Intrus SAS")));
    }
}
