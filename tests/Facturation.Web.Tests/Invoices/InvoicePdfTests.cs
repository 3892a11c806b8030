using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Invoices;

/// <summary>PDF downloads over HTTP: the archived bytes of final documents, recorded; draft previews watermarked.</summary>
public sealed class InvoicePdfTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private async Task<(HttpClient Api, int Id)> DraftAsync(string reference)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var customerId = await app.QueryAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var lines = new[] { new { description = "Prestation", quantity = 1m, unitPrice = 100m, taxCode = "TVA20" }, new { description = "Prestation", quantity = 3m, unitPrice = 100m, taxCode = "TVA20" } };
        var response = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, reference, lines });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (api, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
    }

    private async Task<int> FinalAsync(string reference)
    {
        var (api, id) = await DraftAsync(reference);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/invoices/{id}/finalize", null)).StatusCode);
        return id;
    }

    private async Task<(byte[] Content, string Sha256)> ArchiveAsync(int id)
    {
        var (name, sha256) = await app.QueryAsync(db => db.InvoiceArchives.Where(a => a.InvoiceId == id).Select(a => ValueTuple.Create(a.BlobName, a.Sha256)).SingleAsync());
        return (await app.Services.ReadArchivedAsync(name), sha256);
    }

    [Fact]
    public async Task Api_pdf_of_final_document_returns_the_archived_bytes_and_records_the_download()
    {
        var id = await FinalAsync("PDF-API");
        var api = await app.ApiClientAsync(Roles.Accountant);

        var response = await api.GetAsync($"/api/v1/invoices/{id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var (content, sha256) = await ArchiveAsync(id);
        Assert.Equal(content, bytes);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(sha256, response.Headers.GetValues("X-Content-SHA256").Single());
        Assert.Matches(@"Total TTC\s+480,00 €", await PdfText.ExtractTextAsync(bytes));
        var download = await app.QueryAsync(db => db.InvoiceDownloads.SingleAsync(d => d.InvoiceId == id));
        Assert.Equal("api", download.Channel);
    }

    [Fact]
    public async Task Api_pdf_of_unknown_document_returns_404()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var response = await api.GetAsync("/api/v1/invoices/999999/pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_pdf_without_token_returns_401()
    {
        var id = await FinalAsync("PDF-ANON");

        var response = await app.ApiClient(null).GetAsync($"/api/v1/invoices/{id}/pdf");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Screen_download_returns_the_archived_bytes_and_details_show_who_downloaded()
    {
        var id = await FinalAsync("PDF-WEB");
        var client = await app.SignInAsync(Roles.Accountant);
        Assert.Contains("Pas encore téléchargé.", WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{id}")), StringComparison.Ordinal);

        var response = await client.GetAsync($"/Invoices/{id}/Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var number = await app.QueryAsync(db => db.Invoices.Where(i => i.Id == id).Select(i => i.Number).SingleAsync());
        Assert.Equal($"{number}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal((await ArchiveAsync(id)).Content, await response.Content.ReadAsByteArrayAsync());
        var download = await app.QueryAsync(db => db.InvoiceDownloads.SingleAsync(d => d.InvoiceId == id));
        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{id}"));
        Assert.Contains("Télécharger le PDF", details, StringComparison.Ordinal);
        Assert.Contains($"{download.UserName} (web)", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_draft_preview_is_inline_watermarked_and_not_recorded()
    {
        var (_, id) = await DraftAsync("PDF-DRAFT");
        var client = await app.SignInAsync(Roles.BillingManager);
        Assert.Contains($"/Invoices/{id}/Pdf?inline=true", await client.GetStringAsync($"/Invoices/Edit/{id}"), StringComparison.Ordinal);

        var response = await client.GetAsync($"/Invoices/{id}/Pdf?inline=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        var raw = await PdfText.ExtractRawTextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("PROFORMA", raw.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.InvoiceDownloads.AnyAsync(d => d.InvoiceId == id)));
    }

    [Fact]
    public async Task List_not_downloaded_filter_hides_downloaded_documents()
    {
        var downloaded = await FinalAsync("PDF-LIST-A");
        var pending = await FinalAsync("PDF-LIST-B");
        var client = await app.SignInAsync(Roles.Accountant);
        await client.GetAsync($"/Invoices/{downloaded}/Pdf");

        var list = await client.GetStringAsync("/Invoices?search=PDF-LIST&notDownloaded=true");

        Assert.Contains($"/Invoices/Details/{pending}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Invoices/Details/{downloaded}\"", list, StringComparison.Ordinal);
        Assert.Contains("quick=notDownloaded", list, StringComparison.Ordinal);
    }
}
