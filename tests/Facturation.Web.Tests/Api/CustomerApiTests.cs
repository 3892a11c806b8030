using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;

namespace Facturation.Web.Tests.Api;

public sealed class CustomerApiTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static object NewCustomer(string code) => new
    {
        code,
        name = "Api Client SAS",
        kind = "Company",
        siren = "803764521",
        vatNumber = "FR63803764521",
        email = "api@client.example",
        phone = "01 02 03 04 05",
        billingAddress = new { line1 = "5 quai Voltaire", line2 = (string?)null, postalCode = "75007", city = "Paris", country = "FR" },
        paymentTermsDays = 30,
        contacts = new object[]
        {
            new { name = "Paul Api", email = "paul@client.example", phone = (string?)null, role = "DAF", isBillingContact = true, ccOnInvoiceEmails = false },
            new { name = "Zoé Copie", email = "zoe@client.example", phone = (string?)null, role = (string?)null, isBillingContact = false, ccOnInvoiceEmails = true },
        },
    };

    [Fact]
    public async Task Request_without_token_is_401_problem()
    {
        var response = await app.ApiClient(null).GetAsync("/api/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Request_with_unknown_token_is_401()
    {
        var response = await app.ApiClient("fct_not-a-real-token").GetAsync("/api/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Session_cookie_does_not_authenticate_the_api()
    {
        var browser = await app.SignInAsAdminAsync();

        var response = await browser.GetAsync("/api/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_returns_201_with_the_documented_shape()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var response = await api.PostAsJsonAsync("/api/v1/customers", NewCustomer("API-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var id = root.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/customers/{id}", response.Headers.Location!.AbsolutePath);
        Assert.Equal("API-1", root.GetProperty("code").GetString());
        Assert.Equal("Company", root.GetProperty("kind").GetString());
        Assert.Equal("Paris", root.GetProperty("billingAddress").GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("deliveryAddress").ValueKind);
        Assert.Equal(30, root.GetProperty("paymentTermsDays").GetInt32());
        var contacts = root.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(2, contacts.Count);
        Assert.True(contacts[0].GetProperty("isBillingContact").GetBoolean());
        Assert.True(contacts[1].GetProperty("ccOnInvoiceEmails").GetBoolean());
        Assert.True(contacts[0].GetProperty("id").GetInt32() > 0);
    }

    [Fact]
    public async Task Get_list_and_update_round_trip()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var created = await (await api.PostAsJsonAsync("/api/v1/customers", NewCustomer("API-2"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var update = await api.PutAsJsonAsync($"/api/v1/customers/{id}", new
        {
            code = "API-2",
            name = "Nouveau nom",
            kind = "Individual",
            billingAddress = new { line1 = "1 rue", postalCode = "69001", city = "Lyon", country = "FR" },
            contacts = Array.Empty<object>(),
        });
        var fetched = await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/customers?search=nouveau%20nom&page=1");

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal("Nouveau nom", fetched.GetProperty("name").GetString());
        Assert.Equal("Individual", fetched.GetProperty("kind").GetString());
        Assert.Empty(fetched.GetProperty("contacts").EnumerateArray());
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(1, list.GetProperty("page").GetInt32());
        Assert.True(list.GetProperty("pageSize").GetInt32() > 0);
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Invalid_fields_give_400_with_errors_keyed_by_json_field()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var response = await api.PostAsJsonAsync("/api/v1/customers", new
        {
            code = "API-BAD",
            name = "",
            kind = "Company",
            billingAddress = new { line1 = "1 rue", postalCode = "69001", city = "", country = "FR" },
            contacts = new[] { new { name = "Sans mail", email = (string?)null, isBillingContact = true } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Le nom est obligatoire.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("La ville est obligatoire.", errors.GetProperty("billingAddress.city")[0].GetString());
        Assert.Equal("Un contact qui reçoit les factures doit avoir un e-mail.", errors.GetProperty("contacts[0].email")[0].GetString());
    }

    [Theory]
    [InlineData("Company", null, "Le SIREN est obligatoire pour une entreprise ou un organisme public établi en France (facture électronique).")]
    [InlineData("PublicBody", "", "Le SIREN est obligatoire pour une entreprise ou un organisme public établi en France (facture électronique).")]
    [InlineData("Company", "732829321", "Le SIREN doit comporter 9 chiffres valides.")]
    public async Task French_company_without_a_valid_siren_is_400_on_siren_and_saves_nothing(string kind, string? siren, string message)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        var code = SeededData.Unique("NOSIREN");

        var response = await api.PostAsJsonAsync("/api/v1/customers", new
        {
            code,
            name = "Sans SIREN SAS",
            kind,
            siren,
            billingAddress = new { line1 = "1 rue", postalCode = "69001", city = "Lyon", country = "FR" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(message, errors.GetProperty("siren")[0].GetString());
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers?search={code}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Duplicate_code_is_a_400_on_the_code_field()
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);
        await api.PostAsJsonAsync("/api/v1/customers", NewCustomer("API-DUP"));

        var response = await api.PostAsJsonAsync("/api/v1/customers", NewCustomer("api-dup"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ce code est déjà utilisé par un autre client.", problem.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [Theory]
    [InlineData("{\"code\": \"X\", ")]
    [InlineData("not json at all")]
    [InlineData("{\"code\": 12, \"kind\": \"Alien\"}")]
    [InlineData("[]")]
    public async Task Malformed_json_is_400_never_500(string body)
    {
        var api = await app.ApiClientAsync(Roles.BillingManager);

        var response = await api.PostAsync("/api/v1/customers", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_id_is_404_problem()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var response = await api.GetAsync("/api/v1/customers/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Accountant_can_read_but_not_create()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var list = await api.GetAsync("/api/v1/customers");
        var create = await api.PostAsJsonAsync("/api/v1/customers", NewCustomer("API-ACC"));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task Page_size_is_capped_and_page_out_of_range_is_empty()
    {
        var api = await app.ApiClientAsync(Roles.Accountant);

        var capped = await api.GetFromJsonAsync<JsonElement>("/api/v1/customers?pageSize=100000");
        var beyond = await api.GetFromJsonAsync<JsonElement>("/api/v1/customers?page=5000");

        Assert.Equal(200, capped.GetProperty("pageSize").GetInt32());
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
        Assert.True(beyond.GetProperty("total").GetInt32() >= 4);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_customer_endpoints()
    {
        var document = await app.ApiClient(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/customers", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/customers/{id}", out _));
    }
}
