using Facturation.Application.Dossiers;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Facturation.Web.Tests.Dossiers.DossierApi;

namespace Facturation.Web.Tests.Dossiers;

/// <summary>Changes company settings, hence its own app.</summary>
public sealed class DepositSeriesAndRecapTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task With_the_payment_request_option_deposits_take_the_AC_series_and_are_not_revenue()
    {
        await app.QueryAsync(async db =>
        {
            var company = await db.Companies.FirstAsync();
            company.UpdateDossierBilling(company.DossierBilling with { DepositsAsPaymentRequests = true, DefaultDeduction = DepositDeduction.Progressive });
            return await db.SaveChangesAsync();
        });
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(1, 100, "TVA20"), Line(3, 100, "TVA20"));
        var lineIds = await api.LineIdsAsync(id);

        var deposit = await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 30, mode = "AllLines" });
        var situation = await api.BillAsync($"/api/v1/dossiers/{id}/situations", new { lines = lineIds.Select(l => new { dossierLineId = l, percent = 50 }) });

        Assert.Matches(@"^AC\d{4}-\d{4}$", deposit.GetProperty("number").GetString());
        Assert.Matches(@"^FA\d{4}-\d{4}$", situation.GetProperty("number").GetString());
        Assert.Equal(140m, Net(situation)); // the company default (progressive) applies when the request names none
        var stored = await app.QueryAsync(db => db.Invoices.Where(i => i.DossierId == id).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal([false, true], stored.Select(i => i.IsRevenue));
        Assert.Equal(LineKind.Comment, stored[0].Lines[0].Kind);
    }

    [Fact]
    public async Task Recap_of_a_situation_lists_the_dossier_total_earlier_documents_this_one_and_what_is_left()
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(1, 100, "TVA20"), Line(3, 100, "TVA20"));
        var lineIds = await api.LineIdsAsync(id);
        var deposit = await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 30, mode = "Summary" });
        var situation = await api.BillAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = lineIds[0], percent = 100 }, new { dossierLineId = lineIds[1], percent = 50 } }, depositDeduction = "Full" });

        var recap = await app.WithScopeAsync(s => s.GetRequiredService<DossierBillingService>().RecapAsync(situation.GetProperty("id").GetInt32(), CancellationToken.None));

        Assert.Equal(
            [BillingRecapRowKind.DossierTotal, BillingRecapRowKind.Earlier, BillingRecapRowKind.ThisDocument, BillingRecapRowKind.LeftToBill],
            recap.Select(r => r.Kind));
        Assert.Equal([400m, 120m, 130m, 150m], recap.Select(r => r.Net));
        Assert.Equal([480m, 144m, 156m, 180m], recap.Select(r => r.Gross));
        Assert.Equal(deposit.GetProperty("id").GetInt32(), recap[1].InvoiceId);
        var lines = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == situation.GetProperty("id").GetInt32()).SelectMany(i => i.Lines).Where(l => l.DossierLineId != null).OrderBy(l => l.Position).ToListAsync());
        Assert.Equal([(0m, 100m, 100m), (0m, 50m, 50m)], lines.Select(l => (l.PreviousPercent!.Value, l.CurrentPercent!.Value, l.CumulativePercent!.Value)));
    }

    [Fact]
    public async Task The_archived_situation_PDF_prints_the_progress_columns_and_the_billing_recap()
    {
        var api = await ConnectAsync(app);
        var id = await api.AcceptedAsync(Line(1, 100, "TVA20", "Cuisine"), Line(3, 100, "TVA20", "Salle de bains"));
        var lineIds = await api.LineIdsAsync(id);
        await api.BillAsync($"/api/v1/dossiers/{id}/deposits", new { percent = 30, mode = "Summary" });
        var situation = await api.BillAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = lineIds[0], percent = 100 }, new { dossierLineId = lineIds[1], percent = 50 } }, depositDeduction = "Full" });

        var pdf = await api.Client.GetByteArrayAsync($"/api/v1/invoices/{situation.GetProperty("id").GetInt32()}/pdf");
        var text = await PdfText.ExtractTextAsync(pdf);

        Assert.Contains("Facture de situation", text);
        Assert.Contains("Récapitulatif de facturation", text);
        Assert.Matches(@"Total du devis n° .+400,00", text);
        Assert.Matches(@"Reste à facturer\s+150,00", text);
        Assert.Matches(@"Salle de bains.*\s0 ?%\s+50 %\s+50 %", text);
        Assert.Matches(@"Cuisine.*\s0 ?%\s+100 %\s+100 %", text);
    }
}
