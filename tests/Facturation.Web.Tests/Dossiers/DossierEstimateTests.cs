using System.Net;
using Facturation.Application.Identity;
using Facturation.Testing;
using static Facturation.Web.Tests.Dossiers.DossierApi;

namespace Facturation.Web.Tests.Dossiers;

public sealed class DossierEstimateTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task The_estimate_PDF_carries_the_dossier_number_its_lines_and_totals_without_watermark()
    {
        var api = await ConnectAsync(app);
        var dossier = await api.CreateAsync(Line(1, 100, "TVA20", "Étude préalable"), Line(3, 100, "TVA20", "Pose de cloisons"));
        var id = dossier.GetProperty("id").GetInt32();

        var response = await api.Client.GetAsync($"/api/v1/dossiers/{id}/estimate");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfText.ExtractTextAsync(pdf);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Devis", text);
        Assert.Contains(dossier.GetProperty("number").GetString()!, text);
        Assert.Contains("Étude préalable", text);
        Assert.Contains("Pose de cloisons", text);
        Assert.Contains("480,00 €", text);
        Assert.DoesNotContain("PROFORMA", await PdfText.ExtractRawTextAsync(pdf));
        Assert.All(await PdfText.FontsAsync(pdf), font => Assert.True(font.Embedded));
    }

    [Fact]
    public async Task The_estimate_opens_from_the_dossier_screen_and_an_unknown_dossier_is_404()
    {
        var api = await ConnectAsync(app);
        var id = (await api.CreateAsync(Line(2, 50, "TVA10"))).GetProperty("id").GetInt32();
        var client = await app.SignInAsync(Roles.Accountant);

        var details = await client.GetStringAsync($"/Dossiers/Details/{id}");
        var screen = await client.GetAsync($"/Dossiers/{id}/Estimate?inline=true");
        var missing = await client.GetAsync("/Dossiers/999999/Estimate");

        Assert.Contains($"/Dossiers/{id}/Estimate?inline=true", details);
        Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
        Assert.Equal("inline", screen.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
