using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Testing;
using static Facturation.Web.Tests.Dossiers.DossierApi;

namespace Facturation.Web.Tests.Dossiers;

public sealed class DossierBillingApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Deposit_of_30_percent_then_balance_gives_the_reference_figures()
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(1, 100, "TVA20"), Line(3, 100, "TVA20"));

        var deposit = await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 30, mode = "Summary" });
        var balance = await api.BillAsync($"/api/v1/dossiers/{id}/balance", new { });

        Assert.Equal("Deposit", deposit.GetProperty("type").GetString());
        Assert.Equal((120m, 144m), (Net(deposit), Gross(deposit)));
        Assert.Equal("FinalBalance", balance.GetProperty("type").GetString());
        Assert.Equal((280m, 336m), (Net(balance), Gross(balance)));
        Assert.StartsWith("Facture de solde suivant devis n° DO", balance.GetProperty("lines")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        var dossier = await api.GetAsync(id);
        Assert.Equal((120m, 400m, 0m), (Amount(dossier, "billedDeposits"), Amount(dossier, "billedSituations"), Amount(dossier, "remaining")));
    }

    [Theory]
    [InlineData("Full")]
    [InlineData("Progressive")]
    public async Task Deposits_two_situations_and_balance_add_up_to_the_dossier_to_the_cent(string deduction)
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(1, 100, "TVA20"), Line(3, 33.33m, "TVA5.5", "Fournitures"), Line(7, 12.47m, "TVA10", "Main d'œuvre"), Line(2, 41.15m, "QC", "Déplacements"));
        var dossier = await api.GetAsync(id);
        var lineIds = await api.LineIdsAsync(id);

        var documents = new List<JsonElement>
        {
            await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 30, mode = "Summary" }),
            await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { amount = 50.01m, mode = "AllLines" }),
            await api.BillAsync($"/api/v1/dossiers/{id}/situations", new { lines = lineIds.Select(l => new { dossierLineId = l, percent = 30 }), depositDeduction = deduction }),
            await api.BillAsync($"/api/v1/dossiers/{id}/situations", new { lines = lineIds.Select(l => new { dossierLineId = l, percent = 70 }), depositDeduction = deduction }),
            await api.BillAsync($"/api/v1/dossiers/{id}/balance", new { }),
        };

        Assert.All(documents, d => Assert.True(Net(d) >= 0, d.ToString()));
        Assert.Equal(Net(dossier), documents.Sum(Net));

        // Net of tax adds up exactly, per tax code; the tax is rounded once per document and rate (EN 16931
        // BR-CO-17), so the gross may differ by a cent per rate and document (ADR-010).
        Assert.InRange(Gross(dossier) - documents.Sum(Gross), -0.01m * 5 * 5, 0.01m * 5 * 5);
        Assert.Equal(BaseByTax(dossier.GetProperty("lines").EnumerateArray(), "taxCode"), BaseByTax(documents.SelectMany(d => d.GetProperty("lines").EnumerateArray()), "taxCode"));
        var after = await api.GetAsync(id);
        Assert.Equal(0m, Amount(after, "remaining"));
        Assert.Equal(Net(dossier), Amount(after, "billedSituations"));
    }

    [Fact]
    public async Task Progressive_deduction_deducts_the_deposit_pro_rata_of_progress()
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(1, 100, "TVA20"), Line(3, 100, "TVA20"));
        var lineIds = await api.LineIdsAsync(id);
        await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 30, mode = "Summary" });

        var situation = await api.BillAsync($"/api/v1/dossiers/{id}/situations", new { lines = lineIds.Select(l => new { dossierLineId = l, percent = 50 }), depositDeduction = "Progressive" });

        // 50 % of 400 = 200, less 50 % of the 120 deposit = 140 HT, 168 TTC.
        Assert.Equal((140m, 168m), (Net(situation), Gross(situation)));
    }

    [Fact]
    public async Task Full_deduction_deducts_the_whole_deposit_on_the_first_situation()
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(1, 100, "TVA20"), Line(3, 100, "TVA20"));
        var lineIds = await api.LineIdsAsync(id);
        await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 30, mode = "Summary" });

        var situation = await api.BillAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = lineIds[1], quantity = 3m } }, depositDeduction = "Full" });

        Assert.Equal(300m - 120m, Net(situation));
        var billed = situation.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "Item").Select(l => Amount(l, "net")).ToList();
        Assert.Equal([0m, 300m, -120m], billed);
    }

    [Fact]
    public async Task Deposit_and_situation_on_an_open_dossier_are_409()
    {
        var api = await ConnectAsync(app);
        var dossier = await api.CreateAsync(Line(1, 100, "TVA20"));
        var id = dossier.GetProperty("id").GetInt32();

        var deposit = await api.PostAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 30, mode = "Summary" });
        var situation = await api.PostAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = dossier.GetProperty("lines")[0].GetProperty("id").GetInt32(), percent = 50 } } });

        Assert.Equal(HttpStatusCode.Conflict, deposit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, situation.StatusCode);
        Assert.Contains("accepté", (await deposit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deposits_beyond_the_dossier_total_are_409()
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(4, 100, "TVA20"));
        await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 80, mode = "Summary" });

        var response = await api.PostAsync($"/api/v1/dossiers/{id}/deposits", new { amount = 80.01m, mode = "Summary" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("80,00", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Situation_beyond_100_percent_is_400_on_the_line()
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(4, 100, "TVA20"));
        var lineId = (await api.LineIdsAsync(id))[0];
        await api.BillAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = lineId, percent = 100 } } });

        var percent = await api.PostAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = lineId, percent = 120 } } });
        var quantity = await api.PostAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = lineId, quantity = 5 } } });
        var nothingLeft = await api.PostAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = lineId, percent = 100 } } });

        Assert.Equal(HttpStatusCode.BadRequest, percent.StatusCode);
        Assert.True((await percent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lines[0].percent", out _));
        Assert.Equal(HttpStatusCode.BadRequest, quantity.StatusCode);
        Assert.True((await quantity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lines[0].quantity", out _));
        Assert.Equal(HttpStatusCode.BadRequest, nothingLeft.StatusCode);
    }

    [Fact]
    public async Task Balance_without_deposit_or_situation_is_409()
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(1, 100, "TVA20"));

        var response = await api.PostAsync($"/api/v1/dossiers/{id}/balance", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private static Dictionary<string, decimal> BaseByTax(IEnumerable<JsonElement> lines, string taxField) =>
        lines.Where(l => l.TryGetProperty(taxField, out var t) && t.ValueKind == JsonValueKind.String)
            .GroupBy(l => l.GetProperty(taxField).GetString()!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => Amount(l, "net")));
}
