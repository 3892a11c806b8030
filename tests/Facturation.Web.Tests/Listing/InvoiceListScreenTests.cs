using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Facturation.Web.Tests.Listing;

/// <summary>The sales-document list over HTTP (ADR-022): screen, API with summary, ZIP, exports, customer autocomplete.</summary>
public sealed class InvoiceListScreenTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static readonly string[] FrenchHeaders =
    [
        "Client", "Code", "Nom", "Type", "Numéro", "Émis par", "Statut", "Modification", "Date d&#x27;émission", "Échéance",
        "Date de livraison prévue", "Date de livraison effective", "Total HT", "Total TTC", "Restant", "Méthode de paiement",
        "Marge brute", "Taux de marque brut", "Relevé de factures",
    ];

    [Fact]
    public async Task Screen_renders_every_column_in_French_with_totals_quick_filters_and_the_bulk_form()
    {
        var (_, ids) = await DocumentsAsync("LIST-SCREEN", finals: 2, drafts: 1);
        var client = await app.SignInAsync(Roles.Accountant);

        var html = await client.GetStringAsync("/Invoices?search=LIST-SCREEN");

        foreach (var header in FrenchHeaders)
        {
            Assert.Contains(header, html, StringComparison.Ordinal);
        }

        foreach (var label in new[] { "Factures", "Avoirs", "Impayées", "Pas téléchargé", "Émis", "Pas encore émis", "Pas sur un relevé", "Pas annulé", "Toutes", "À traiter", "Mois en cours", "Mois précédent", "Trimestre", "Année" })
        {
            Assert.Contains(label, html, StringComparison.Ordinal);
        }

        Assert.Contains("<form method=\"post\" id=\"bulk\"", html, StringComparison.Ordinal);
        Assert.All(ids, id => Assert.Contains($"name=\"invoiceIds\" value=\"{id}\"", html, StringComparison.Ordinal));
        Assert.Contains("formaction=\"/Statements/Create\"", html, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/Payments/Bulk\"", html, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/Invoices/Archive\"", html, StringComparison.Ordinal);
        var total = html[(html.IndexOf("data-testid=\"total-gross\">", StringComparison.Ordinal) + 26)..];
        // fr-FR groups thousands with a narrow no-break space, which Razor encodes as &#x202F;: decode before reading digits.
        Assert.Equal("144000", string.Concat(WebUtility.HtmlDecode(total[..total.IndexOf('<', StringComparison.Ordinal)]).Where(char.IsAsciiDigit)));
        Assert.DoesNotContain("<select name=\"customerId\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_quick_filter_keeps_the_other_filters_and_column_choice_is_remembered()
    {
        var (_, ids) = await DocumentsAsync("LIST-QUICK", finals: 1, drafts: 1);
        var client = await app.SignInAsync(Roles.Accountant);

        var notIssued = await client.GetStringAsync("/Invoices?search=LIST-QUICK&quick=notIssued");
        await client.GetStringAsync("/Invoices?search=LIST-QUICK&cols=number&cols=gross");
        var remembered = await client.GetStringAsync("/Invoices?search=LIST-QUICK");

        Assert.Contains($"value=\"{ids[1]}\"", notIssued, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{ids[0]}\"", notIssued, StringComparison.Ordinal);
        Assert.Contains("search=LIST-QUICK", notIssued, StringComparison.Ordinal);
        Assert.DoesNotContain(">Marge brute<", remembered, StringComparison.Ordinal);
        Assert.Contains(">Total TTC<", remembered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_list_returns_summary_over_all_pages_signed_credit_notes_and_a_cursor()
    {
        var (api, ids) = await DocumentsAsync("LIST-API", finals: 3, drafts: 0);
        var credit = await api.PostAsJsonAsync($"/api/v1/invoices/{ids[0]}/credit-notes", new { type = "Corrective", amount = 50m });
        var creditId = (await credit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/invoices/{creditId}/finalize", null)).StatusCode);

        var first = await api.GetFromJsonAsync<JsonElement>("/api/v1/invoices?search=LIST-API&pageSize=2&quick=issued");
        var second = await api.GetFromJsonAsync<JsonElement>($"/api/v1/invoices?search=LIST-API&pageSize=2&quick=issued&after={first.GetProperty("next").GetString()}");
        var creditNotes = await api.GetFromJsonAsync<JsonElement>("/api/v1/invoices?search=LIST-API&quick=creditNotes&quick=notCancelled");
        var sorted = await api.GetFromJsonAsync<JsonElement>("/api/v1/invoices?search=LIST-API&sort=gross&dir=asc");
        var bad = await api.GetAsync("/api/v1/invoices?quick=bogus");

        var summary = first.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("count").GetInt32());
        Assert.Equal(4, first.GetProperty("total").GetInt32());
        Assert.Equal((3 * 480m) - 60m, summary.GetProperty("gross").GetDecimal());
        var grossOfPages = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Sum(i => i.GetProperty("totals").GetProperty("gross").GetDecimal());
        Assert.Equal(summary.GetProperty("gross").GetDecimal(), grossOfPages);
        Assert.Equal(-60m, creditNotes.GetProperty("items")[0].GetProperty("totals").GetProperty("gross").GetDecimal());
        Assert.Equal(-60m, sorted.GetProperty("items")[0].GetProperty("totals").GetProperty("gross").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Api_archive_returns_a_zip_of_the_archived_pdfs_named_by_number()
    {
        var (api, ids) = await DocumentsAsync("LIST-ZIP", finals: 2, drafts: 1);

        var response = await api.PostAsJsonAsync("/api/v1/invoices/archive", new { invoiceIds = ids });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var documents = await app.QueryAsync(db => db.Invoices.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Number, i.ProformaNumber }).ToListAsync());
        Assert.Equal(3, zip.Entries.Count);
        foreach (var document in documents.Where(d => d.Number is not null))
        {
            var entry = zip.GetEntry($"{document.Number}.pdf");
            Assert.NotNull(entry);
            using var content = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(content);
            }

            var sha256 = await app.QueryAsync(db => db.InvoiceArchives.Where(a => a.InvoiceId == document.Id).Select(a => a.Sha256).SingleAsync());
            Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
        }

        Assert.Contains(zip.Entries, e => e.Name.StartsWith("PF", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/invoices/archive", new { invoiceIds = Array.Empty<int>() })).StatusCode);
    }

    [Fact]
    public async Task Exports_read_back_with_the_chosen_columns()
    {
        var (api, ids) = await DocumentsAsync("LIST-EXPORT", finals: 2, drafts: 0);
        var numbers = await app.QueryAsync(db => db.Invoices.Where(i => ids.Contains(i.Id)).Select(i => i.Number!).ToListAsync());

        var csv = Encoding.UTF8.GetString(await api.GetByteArrayAsync("/api/v1/invoices/export?format=csv&search=LIST-EXPORT&cols=number&cols=gross"));
        var xlsx = await api.GetByteArrayAsync("/api/v1/invoices/export?format=xlsx&search=LIST-EXPORT&cols=number&cols=net&cols=gross");

        var csvLines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Numéro;Total TTC", csvLines[0]);
        Assert.Equal(numbers.Order(StringComparer.Ordinal), csvLines.Skip(1).Select(l => l.Split(';')[0]).Order(StringComparer.Ordinal));
        Assert.All(csvLines.Skip(1), l => Assert.Equal("480,00", l.Split(';')[1]));
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(400m, Convert.ToDecimal(r["Total HT"], CultureInfo.InvariantCulture)));
        Assert.Equal(numbers.Order(StringComparer.Ordinal), rows.Select(r => (string)r["Numéro"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Customer_autocomplete_returns_matches_only()
    {
        var client = await app.SignInAsync(Roles.Accountant);

        var matches = await client.GetFromJsonAsync<JsonElement>("/Invoices/Customers?term=dupon");
        var none = await client.GetFromJsonAsync<JsonElement>("/Invoices/Customers?term=zzzz-nobody");

        Assert.Contains(matches.EnumerateArray(), m => m.GetProperty("code").GetString() == "DUPONT");
        Assert.True(matches.GetArrayLength() <= 20);
        Assert.Equal(0, none.GetArrayLength());
    }

    /// <summary>Finals then drafts of 400 HT / 480 TTC each, tagged with <paramref name="reference"/>.</summary>
    private async Task<(HttpClient Api, List<int> Ids)> DocumentsAsync(string reference, int finals, int drafts)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var customerId = await app.QueryAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var lines = new[] { new { description = "Prestation", quantity = 1m, unitPrice = 100m, taxCode = "TVA20" }, new { description = "Prestation", quantity = 3m, unitPrice = 100m, taxCode = "TVA20" } };
        var ids = new List<int>();
        for (var i = 0; i < finals + drafts; i++)
        {
            var response = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, reference, paymentTermsDays = 30, lines });
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            if (i < finals)
            {
                Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/invoices/{id}/finalize", null)).StatusCode);
            }

            ids.Add(id);
        }

        return (api, ids);
    }
}
