using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Facturation.Application.Documents;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Tests.Invoices;

/// <summary>The e-invoice block of the document page, its downloads, and the delivery address of a document (issue 12).</summary>
public sealed partial class EInvoiceDocumentTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static readonly object Delivery = new { line1 = "Entrepôt Nord, porte 3", line2 = (string?)null, postalCode = "59000", city = "Lille", country = "FR" };

    [Fact]
    public async Task Issued_invoice_page_links_to_its_cii_and_ubl_which_download_as_xml()
    {
        var documents = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var id = DocumentApi.Id(await documents.FinalInvoiceAsync());
        var client = await app.SignInAsync(Roles.Accountant);

        var page = await client.GetStringAsync($"/Invoices/Details/{id}");

        var cii = await DownloadAsync(client, Href(page, "cii-download"));
        var ubl = await DownloadAsync(client, Href(page, "ubl-download"));
        Assert.Contains("<rsm:CrossIndustryInvoice", cii, StringComparison.Ordinal);
        Assert.Matches("^<\\?xml[^>]*>\\s*<Invoice [^>]*urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", ubl);
        var names = await app.QueryAsync(db => db.InvoiceXmlArchives.Where(a => a.InvoiceId == id).OrderBy(a => a.Syntax).Select(a => a.BlobName).ToListAsync());
        var archived = new List<byte[]>();
        foreach (var name in names)
        {
            archived.Add(await app.Services.ReadArchivedAsync(name));
        }

        Assert.Contains(Encoding.UTF8.GetBytes(cii), archived);
        Assert.Contains(Encoding.UTF8.GetBytes(ubl), archived);
    }

    [Fact]
    public async Task Quebec_document_page_explains_why_there_is_no_e_invoice_and_the_api_answers_409()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var documents = new DocumentApi(app, api);
        var id = DocumentApi.Id(await documents.FinalInvoiceAsync(customer: "MTL-CAFE", lines: new object[] { new { description = "Service traiteur", quantity = 1m, unitPrice = 500m, taxCode = "QC" } }));
        var client = await app.SignInAsync(Roles.Accountant);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Details/{id}"));
        var cii = await api.GetAsync($"/api/v1/invoices/{id}/cii");

        Assert.Contains(EInvoiceScope.QuebecReason, page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"einvoice-out-of-scope\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"cii-download\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, cii.StatusCode);
        Assert.Equal("application/problem+json", cii.Content.Headers.ContentType?.MediaType);
        Assert.Equal(EInvoiceScope.QuebecReason, (await cii.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_draft_delivery_address_is_returned_printed_and_sent_in_the_ubl_as_issued()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var documents = new DocumentApi(app, api);
        var draft = new
        {
            customerId = await documents.CustomerIdAsync("BOISVERT"),
            deliveryAddress = Delivery,
            lines = new[] { new { description = "Pose", quantity = 1m, unitPrice = 300m, taxCode = "TVA20" } },
        };

        var created = await DocumentApi.ReadAsync(await api.PostAsJsonAsync("/api/v1/invoices", draft), HttpStatusCode.Created);
        var issued = await documents.FinalizeAsync(DocumentApi.Id(created));
        var ubl = await api.GetStringAsync($"/api/v1/invoices/{DocumentApi.Id(issued)}/ubl");

        Assert.Equal("Lille", created.GetProperty("deliveryAddress").GetProperty("city").GetString());
        var printed = (await documents.GetAsync(DocumentApi.Id(issued))).GetProperty("customer").GetProperty("deliveryAddress");
        Assert.Equal(["Entrepôt Nord, porte 3", "59000 Lille"], printed.EnumerateArray().Select(l => l.GetString()));
        Assert.Matches("<cac:Delivery>\\s*<cac:DeliveryLocation>\\s*<cac:Address>\\s*<cbc:StreetName>Entrepôt Nord, porte 3</cbc:StreetName>", ubl);
    }

    [Fact]
    public async Task Api_incomplete_delivery_address_is_400_keyed_by_its_field()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var documents = new DocumentApi(app, api);
        var reference = SeededData.Unique("DELIV");

        var response = await api.PostAsJsonAsync("/api/v1/invoices", new
        {
            customerId = await documents.CustomerIdAsync(),
            reference,
            deliveryAddress = new { line1 = "Entrepôt Nord", postalCode = "59000", city = "", country = "FR" },
            lines = new[] { new { description = "Pose", quantity = 1m, unitPrice = 300m, taxCode = "TVA20" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("La ville est obligatoire.", errors.GetProperty("deliveryAddress.city")[0].GetString());
        Assert.False(await app.QueryAsync(db => db.Invoices.AnyAsync(i => i.CustomerReference == reference)));
    }

    [Fact]
    public async Task Editor_saves_the_delivery_address_and_shows_it_again()
    {
        var client = await app.SignInAsync(Roles.BillingManager);
        var customerId = await app.QueryAsync(db => db.Customers.Where(c => c.Code == "DUPONT").Select(c => c.Id).SingleAsync());
        var reference = SeededData.Unique("LIV");
        var form = new InvoiceForm(customerId).Set("Reference", reference).WithLine("Conseil")
            .Set("DeliveryAddress.Line1", "Entrepôt Nord, porte 3").Set("DeliveryAddress.PostalCode", "59000").Set("DeliveryAddress.City", "Lille").Set("DeliveryAddress.Country", "FR");

        var response = await client.SubmitFormAsync("/Invoices/Create", form.Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invoice = await app.QueryAsync(db => db.Invoices.SingleAsync(i => i.CustomerReference == reference));
        Assert.Equal(("Entrepôt Nord, porte 3", "59000", "Lille"), (invoice.DeliveryAddress!.Line1, invoice.DeliveryAddress.PostalCode, invoice.DeliveryAddress.City));
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync($"/Invoices/Edit/{invoice.Id}"));
        Assert.Contains("value=\"Entrepôt Nord, porte 3\"", editor, StringComparison.Ordinal);
    }

    private static string Href(string html, string testId)
    {
        var match = LinkPattern().Matches(html).FirstOrDefault(m => m.Groups["id"].Value == testId);
        Assert.True(match is not null, $"no link {testId} on the page");
        return WebUtility.HtmlDecode(match.Groups["href"].Value);
    }

    private static async Task<string> DownloadAsync(HttpClient client, string href)
    {
        var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*data-testid=\"(?<id>[a-z-]+)\"")]
    private static partial Regex LinkPattern();
}
