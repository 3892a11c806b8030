using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Facturation.Web.Tests.Customers;
using Facturation.Web.Tests.Dossiers;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>Issue 11, defect 9: each input that gave a 500 or was silently accepted, now a 400/404 naming the field.</summary>
public sealed class InputHoleTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static readonly int[] UnknownDossiers = [999998, 999999];

    internal static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var body = await DocumentApi.ReadAsync(response, expected);
        return body.GetProperty("errors");
    }

    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Control_characters_in_json_text_are_400_naming_each_field()
    {
        var api = await app.ApiClientAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant);

        var response = await api.PostAsJsonAsync("/api/v1/customers", new
        {
            code = "CTRL1",
            name = "Acme\u0000SAS",
            kind = "Company",
            billingAddress = new { line1 = "1 rue\u0007 de la Paix", postalCode = "75002", city = "Paris", country = "FR" },
        });

        var errors = await ErrorsAsync(response);
        Assert.Equal("Ce texte contient un caractère de contrôle interdit.", errors.GetProperty("name")[0].GetString());
        Assert.True(errors.TryGetProperty("billingAddress.line1", out _), errors.ToString());
    }

    [Fact]
    public async Task Tabs_and_line_breaks_stay_allowed_in_multi_line_text()
    {
        var api = await app.ApiClientAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant);

        var response = await api.PostAsJsonAsync("/api/v1/customers", new
        {
            code = "CTRL2",
            name = "Acme SAS",
            kind = "Company",
            siren = TestCustomers.Siren,
            notes = "Ligne 1\r\nLigne 2\tfin",
            billingAddress = new { line1 = "1 rue de la Paix", postalCode = "75002", city = "Paris", country = "FR" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Control_character_in_a_form_field_is_shown_next_to_it()
    {
        var client = await app.SignInAsAdminAsync();

        var response = await client.SubmitFormAsync("/Customers/Create", new CustomerForm().Set("Code", "CTRL3").Set("Name", "Acme\u0001").Fields);

        Assert.Equal("Ce texte contient un caractère de contrôle interdit.", HtmlForms.FieldError(await response.Content.ReadAsStringAsync(), "Name"));
    }

    [Theory]
    [InlineData("/api/v1/invoices")]
    [InlineData("/api/v1/dossiers")]
    public async Task Lines_null_is_400_naming_lines(string path)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var customerId = await new DocumentApi(app, api).CustomerIdAsync();

        var response = await api.PostAsync(path, Json($$"""{"customerId":{{customerId}},"name":"Dossier","lines":null}"""));
        var withNullLine = await api.PostAsync(path, Json($$"""{"customerId":{{customerId}},"name":"Dossier","lines":[null]}"""));

        Assert.True((await ErrorsAsync(response)).TryGetProperty("lines", out _));
        Assert.True((await ErrorsAsync(withNullLine)).TryGetProperty("lines", out _));
    }

    [Theory]
    [InlineData("/Dossiers/Deposit/999999")]
    [InlineData("/Dossiers/Situation/999999")]
    public async Task Deposit_and_situation_pages_of_a_missing_dossier_are_404(string path)
    {
        var client = await app.SignInAsAdminAsync();

        var get = await client.GetAsync(path);
        var post = await client.SubmitFormAsync(path, new() { ["Percent"] = "30" }, pageUrl: "/Dossiers");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("Page introuvable.", await post.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("5")]
    [InlineData("\"XXX\"")]
    [InlineData("\"USD\"")]
    public async Task Currency_that_is_not_an_allowed_iso_code_is_400_naming_currency(string currency)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var customerId = await new DocumentApi(app, api).CustomerIdAsync();

        var response = await api.PostAsync("/api/v1/invoices", Json($$"""{"customerId":{{customerId}},"currency":{{currency}},"lines":[]}"""));

        Assert.True((await ErrorsAsync(response)).TryGetProperty("currency", out _));
    }

    [Theory]
    [InlineData("Cancellation")]
    [InlineData("Penalty")]
    [InlineData("Replacement")]
    public async Task Operation_types_cannot_be_created_from_scratch(string type)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var customerId = await new DocumentApi(app, api).CustomerIdAsync();

        var response = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, type, lines = new[] { DocumentApi.Line(1, 100) } });

        Assert.True((await ErrorsAsync(response)).TryGetProperty("type", out _));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("1900-01-01")]
    public async Task Payment_and_refund_dates_out_of_bounds_are_400_naming_date(string date)
    {
        var documents = new DocumentApi(app, await app.ApiClientAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant));
        var customerId = await documents.CustomerIdAsync();
        var invoice = await documents.FinalInvoiceAsync();

        var payment = await documents.Client.PostAsJsonAsync("/api/v1/payments", new { customerId, date, amount = 10m, method = "Transfer" });
        var refund = await documents.Client.PostAsJsonAsync($"/api/v1/credit-notes/{DocumentApi.Id(invoice)}/refund", new { date, amount = 10m, method = "Transfer" });

        Assert.Equal("La date doit être comprise entre le 01/01/2000 et un an après aujourd'hui.", (await ErrorsAsync(payment)).GetProperty("date")[0].GetString());
        Assert.True((await ErrorsAsync(refund)).TryGetProperty("date", out _));
    }

    [Fact]
    public async Task A_deduction_of_another_customers_invoice_is_refused()
    {
        var documents = new DocumentApi(app, await app.ApiClientAsync(Roles.BillingManager));
        var others = await documents.FinalInvoiceAsync(customer: "BOISVERT");

        var response = await documents.Client.PostAsJsonAsync("/api/v1/invoices", new
        {
            customerId = await documents.CustomerIdAsync(),
            lines = new[] { new { description = "Déduction", quantity = 1m, unitPrice = -50m, taxCode = "TVA20", deductedInvoiceId = DocumentApi.Id(others) } },
        });

        Assert.True((await ErrorsAsync(response)).TryGetProperty("lines[0].deductedInvoiceId", out _));
    }

    [Fact]
    public async Task A_situation_with_the_same_dossier_line_twice_is_400()
    {
        var dossiers = await DossierApi.ConnectAsync(app);
        var id = await dossiers.AcceptedAsync(DossierApi.Line(1, 100, "TVA20"));
        var line = (await dossiers.LineIdsAsync(id))[0];

        var response = await dossiers.PostAsync($"/api/v1/dossiers/{id}/situations", new { lines = new[] { new { dossierLineId = line, percent = 30 }, new { dossierLineId = line, percent = 60 } } });

        Assert.True((await ErrorsAsync(response)).TryGetProperty("lines[1].dossierLineId", out _));
    }

    [Fact]
    public async Task Invoice_batch_of_unknown_dossiers_only_is_404()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var response = await api.PostAsJsonAsync("/api/v1/dossiers/invoice-batch", new { dossierIds = UnknownDossiers });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/invoices/99999999999/duplicate")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/unknown")]
    public async Task Unmatched_api_paths_are_a_json_404_or_401_never_the_login_page(string path)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var authenticated = await api.PostAsync(path, Json("{}"));
        var anonymous = await app.ApiClient(null).PostAsync(path, Json("{}"));
        var browser = await (await app.SignInAsAdminAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, authenticated.StatusCode);
        Assert.Equal("application/problem+json", authenticated.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Page introuvable.", (await authenticated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, browser.StatusCode);
    }
}
