using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Testing;
using static Facturation.Web.Tests.Dossiers.DossierApi;

namespace Facturation.Web.Tests.Dossiers;

public sealed class DossierInvoicingApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    [Fact]
    public async Task Invoice_from_dossier_prefills_job_name_quantities_and_po_number()
    {
        var api = await ConnectAsync(app);
        var dossier = await api.CreateAsync(Line(10, 25, "TVA20", "Pose de parquet"));

        var invoice = await api.BillAsync($"/api/v1/dossiers/{dossier.GetProperty("id").GetInt32()}/invoice", new { }, finalize: false);

        Assert.Equal("BC-2026-7", invoice.GetProperty("reference").GetString());
        var lines = invoice.GetProperty("lines");
        Assert.Contains("Rénovation atelier", lines[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Pose de parquet", 10m, 25m), (lines[1].GetProperty("description").GetString(), Amount(lines[1], "quantity"), Amount(lines[1], "unitPrice")));
    }

    [Fact]
    public async Task Invoice_from_dossier_after_a_partial_invoice_bills_what_remains()
    {
        var api = await ConnectAsync(app);
        var dossier = await api.CreateAsync(Line(10, 25, "TVA20", "Pose de parquet"));
        var id = dossier.GetProperty("id").GetInt32();
        var lineId = dossier.GetProperty("lines")[0].GetProperty("id").GetInt32();
        var first = await api.BillAsync($"/api/v1/dossiers/{id}/invoice", new { }, finalize: false);
        var partial = new { customerId = first.GetProperty("customerId").GetInt32(), lines = new[] { new { dossierLineId = lineId, quantity = 4m } } };
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PutAsJsonAsync($"/api/v1/invoices/{first.GetProperty("id").GetInt32()}", partial)).StatusCode);
        await api.FinalizeAsync(first.GetProperty("id").GetInt32());

        var second = await api.BillAsync($"/api/v1/dossiers/{id}/invoice", new { }, finalize: false);

        Assert.Equal(6m, Amount(second.GetProperty("lines")[1], "quantity"));
        var line = (await api.GetAsync(id)).GetProperty("lines")[0];
        Assert.Equal((4m, 6m, 6m), (Amount(line, "invoiced"), Amount(line, "inDrafts"), Amount(line, "toInvoice")));
    }

    [Fact]
    public async Task Line_from_a_dossier_of_another_customer_is_400()
    {
        var api = await ConnectAsync(app);
        var dossier = await api.CreateAsync(Line(1, 25, "TVA20"));
        var lineId = dossier.GetProperty("lines")[0].GetProperty("id").GetInt32();

        var response = await api.PostAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync("BOISVERT"), lines = new[] { new { dossierLineId = lineId } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lines[0].dossierLineId", out _));
    }

    [Theory]
    [InlineData("PerDossier", 20)]
    [InlineData("PerCustomer", 2)]
    public async Task Mass_invoicing_of_20_dossiers_creates_and_finalizes_one_invoice_per_group(string grouping, int invoices)
    {
        var api = await ConnectAsync(app);
        var ids = new List<int>();
        var total = 0m;
        for (var i = 0; i < 20; i++)
        {
            var dossier = await api.CreateForAsync(i % 2 == 0 ? "DUPONT" : "BOISVERT", Line(i + 1, 10, "TVA20"));
            ids.Add(dossier.GetProperty("id").GetInt32());
            total += Net(dossier);
            await api.AcceptAsync(ids[^1]);
        }

        var notAccepted = (await api.CreateAsync(Line(1, 10, "TVA20"))).GetProperty("id").GetInt32();

        var response = await api.PostAsync("/api/v1/dossiers/invoice-batch", new { dossierIds = ids.Append(notAccepted), grouping, finalize = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var created = result.GetProperty("created").EnumerateArray().ToList();
        Assert.Equal(invoices, created.Count);
        Assert.All(created, c => Assert.Equal("Final", c.GetProperty("status").GetString()));
        Assert.Equal(total, created.Sum(Net));
        var failure = Assert.Single(result.GetProperty("failures").EnumerateArray());
        Assert.Equal(notAccepted, failure.GetProperty("dossierIds")[0].GetInt32());
        Assert.Contains("accepté", failure.GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.Equal(0m, Amount(await api.GetAsync(ids[5]), "remaining"));
    }

    [Fact]
    public async Task Merge_of_three_drafts_keeps_every_line_under_a_title_and_deletes_the_originals()
    {
        var api = await ConnectAsync(app);
        var customerId = await api.CustomerIdAsync();
        var drafts = new List<JsonElement>();
        for (var i = 1; i <= 3; i++)
        {
            var response = await api.PostAsync("/api/v1/invoices", new { customerId, lines = new[] { Line(i, 100, "TVA20", $"Travaux {i}") } });
            drafts.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        var merge = await api.PostAsync("/api/v1/invoices/merge", new { invoiceIds = drafts.Select(d => d.GetProperty("id").GetInt32()) });

        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var merged = await merge.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(600m, Net(merged));
        var titles = merged.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "Section").Select(l => l.GetProperty("description").GetString()).ToList();
        Assert.Equal(drafts.Select(d => $"Brouillon {d.GetProperty("proformaNumber").GetString()}"), titles);
        var history = merged.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("details").GetString()!).ToList();
        Assert.Contains(history, h => drafts.All(d => h.Contains(d.GetProperty("proformaNumber").GetString()!, StringComparison.Ordinal)));
        foreach (var draft in drafts)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/v1/invoices/{draft.GetProperty("id").GetInt32()}")).StatusCode);
        }
    }

    [Fact]
    public async Task Merge_of_drafts_of_two_customers_is_409()
    {
        var api = await ConnectAsync(app);
        var a = await (await api.PostAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync(), lines = new[] { Line(1, 100, "TVA20") } })).Content.ReadFromJsonAsync<JsonElement>();
        var b = await (await api.PostAsync("/api/v1/invoices", new { customerId = await api.CustomerIdAsync("BOISVERT"), lines = new[] { Line(1, 100, "TVA20") } })).Content.ReadFromJsonAsync<JsonElement>();

        var merge = await api.PostAsync("/api/v1/invoices/merge", new { invoiceIds = new[] { a.GetProperty("id").GetInt32(), b.GetProperty("id").GetInt32() } });

        Assert.Equal(HttpStatusCode.Conflict, merge.StatusCode);
    }
}
