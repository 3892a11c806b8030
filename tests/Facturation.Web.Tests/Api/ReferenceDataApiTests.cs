using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;

namespace Facturation.Web.Tests.Api;

/// <summary>The read API of products, tax codes and GL accounts: the JSON shapes are a contract with integrators.</summary>
public sealed class ReferenceDataApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static readonly string[] ProductFields =
        ["id", "code", "label", "description", "unit", "unitPrice", "costPrice", "defaultTaxCodeId", "defaultGlAccountId", "active"];

    private static readonly string[] TaxCodeFields = ["id", "code", "label", "components", "exemptionMention", "active", "category", "exemptionReasonCode"];

    private static readonly string[] GlAccountFields = ["id", "number", "label", "kind", "active"];

    private static readonly string[] PageFields = ["items", "total", "page", "pageSize"];

    [Theory]
    [InlineData("/api/v1/products")]
    [InlineData("/api/v1/products/1")]
    [InlineData("/api/v1/tax-codes")]
    [InlineData("/api/v1/tax-codes/1")]
    [InlineData("/api/v1/gl-accounts")]
    [InlineData("/api/v1/gl-accounts/1")]
    public async Task Request_without_token_is_401_problem(string url)
    {
        var response = await app.ApiClient(null).GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/products/987654")]
    [InlineData("/api/v1/tax-codes/987654")]
    [InlineData("/api/v1/gl-accounts/987654")]
    public async Task Unknown_id_is_404_problem(string url)
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var response = await api.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Product_list_is_a_page_of_products_with_the_documented_fields()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);
        var vat20 = await app.TaxCodeIdAsync("TVA20");
        var goods = await app.GlAccountIdAsync("707000");

        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/products?search=affiche");

        Assert.Equal(PageFields, Names(page));
        Assert.Equal((1, 1), (page.GetProperty("total").GetInt32(), page.GetProperty("page").GetInt32()));
        var product = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(ProductFields, Names(product));
        Assert.Equal("AFFICHE-A2", product.GetProperty("code").GetString());
        Assert.Equal("Affiche A2 quadri", product.GetProperty("label").GetString());
        Assert.Equal("u", product.GetProperty("unit").GetString());
        Assert.Equal((12.5m, 4.1m), (product.GetProperty("unitPrice").GetDecimal(), product.GetProperty("costPrice").GetDecimal()));
        Assert.Equal((vat20, goods), (product.GetProperty("defaultTaxCodeId").GetInt32(), product.GetProperty("defaultGlAccountId").GetInt32()));
        Assert.True(product.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Product_list_pages_in_code_order()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/products?page=2&pageSize=2");

        Assert.Equal((2, 2), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        Assert.True(page.GetProperty("total").GetInt32() >= 5);
        Assert.Equal(["DEV-H", "LIVRAISON"], page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList());
    }

    [Fact]
    public async Task Product_by_id_has_null_for_missing_optional_fields()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);
        var id = await app.ProductIdAsync("LIVRAISON");

        var product = await api.GetFromJsonAsync<JsonElement>($"/api/v1/products/{id}");

        Assert.Equal(ProductFields, Names(product));
        Assert.Equal(id, product.GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, product.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, product.GetProperty("costPrice").ValueKind);
        Assert.Equal(15m, product.GetProperty("unitPrice").GetDecimal());
    }

    [Fact]
    public async Task Quebec_tax_code_has_two_components_with_rates_in_percent()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);
        var id = await app.TaxCodeIdAsync("QC");

        var response = await api.GetAsync($"/api/v1/tax-codes/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var taxCode = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(TaxCodeFields, Names(taxCode));
        Assert.Equal((id, "QC", "TPS + TVQ (Québec)"), (taxCode.GetProperty("id").GetInt32(), taxCode.GetProperty("code").GetString(), taxCode.GetProperty("label").GetString()));
        Assert.Equal(JsonValueKind.Null, taxCode.GetProperty("exemptionMention").ValueKind);
        Assert.True(taxCode.GetProperty("active").GetBoolean());
        var components = taxCode.GetProperty("components").EnumerateArray().ToList();
        Assert.All(components, c => Assert.Equal(["name", "rate"], Names(c)));
        Assert.Equal([("TPS", "5"), ("TVQ", "9.975")], components.Select(c => (c.GetProperty("name").GetString(), c.GetProperty("rate").GetRawText())).ToList());
    }

    [Fact]
    public async Task Exempt_tax_code_carries_its_mention()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var taxCode = await api.GetFromJsonAsync<JsonElement>($"/api/v1/tax-codes/{await app.TaxCodeIdAsync("TVA0")}");

        Assert.Equal("TVA non applicable, art. 293 B du CGI", taxCode.GetProperty("exemptionMention").GetString());
        Assert.Equal("0", Assert.Single(taxCode.GetProperty("components").EnumerateArray()).GetProperty("rate").GetRawText());
    }

    [Fact]
    public async Task Tax_code_list_is_a_page_filtered_by_search()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/tax-codes?search=tva");

        Assert.Equal(PageFields, Names(page));
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        var codes = page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("code").GetString()).ToList();
        Assert.Contains("TVA20", codes);
        Assert.DoesNotContain("QC", codes);
        Assert.Equal("20", page.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "TVA20")
            .GetProperty("components")[0].GetProperty("rate").GetRawText());
    }

    [Fact]
    public async Task Gl_account_list_gives_the_kind_as_a_string()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/gl-accounts?search=4457");

        Assert.Equal(PageFields, Names(page));
        var account = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(GlAccountFields, Names(account));
        Assert.Equal(("445710", "TVA collectée", "VatCollected", true),
            (account.GetProperty("number").GetString(), account.GetProperty("label").GetString(), account.GetProperty("kind").GetString(), account.GetProperty("active").GetBoolean()));
    }

    [Fact]
    public async Task Gl_account_by_id_has_the_documented_fields()
    {
        var api = await app.ApiClientAsync(Roles.Admin);
        var id = await app.GlAccountIdAsync("706000");

        var account = await api.GetFromJsonAsync<JsonElement>($"/api/v1/gl-accounts/{id}");

        Assert.Equal(GlAccountFields, Names(account));
        Assert.Equal((id, "706000", "Revenue"), (account.GetProperty("id").GetInt32(), account.GetProperty("number").GetString(), account.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task OpenApi_document_describes_the_reference_data_endpoints()
    {
        var document = await app.ApiClient(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.All(
            ["/api/v1/products", "/api/v1/products/{id}", "/api/v1/tax-codes", "/api/v1/tax-codes/{id}", "/api/v1/gl-accounts", "/api/v1/gl-accounts/{id}"],
            path => Assert.True(paths.TryGetProperty(path, out _), path));
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
