using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Facturation.Application.Identity;
using Facturation.Testing;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>Issue 11, defect 10: problem details are French by default, English on request, and never name a .NET type.</summary>
public sealed class ProblemLanguageTests(FacturationApp app) : IClassFixture<FacturationApp>
{
    private static readonly string[] Leaks =
    [
        "System.", "Microsoft.", "Facturation.", "could not be converted", "The field", "is required", "non-empty request body",
        "is not valid", "LineNumber", "BytePositionInLine", "Unsupported Media Type", "Not Found", "One or more validation errors",
    ];

    public static TheoryData<string, string, string> MalformedRequests => new()
    {
        { "POST", "/api/v1/invoices", """{"customerId":"abc"}""" },
        { "POST", "/api/v1/invoices", """{"customerId":1,"lines":[{"quantity":"beaucoup"}]}""" },
        { "POST", "/api/v1/invoices", """{"customerId":1e400}""" },
        { "POST", "/api/v1/invoices", """{"customerId":1,"issueDate":"31/12/2026"}""" },
        { "POST", "/api/v1/invoices", """{"customerId":1,"kind":"Nothing"}""" },
        { "POST", "/api/v1/invoices", """[1,2,3]""" },
        { "POST", "/api/v1/invoices", """{"customerId":""" },
        { "POST", "/api/v1/invoices", "" },
        { "POST", "/api/v1/payments", """{"customerId":1,"amount":"dix","date":"hier"}""" },
        { "POST", "/api/v1/customers", """{"code":12,"name":true,"billingAddress":"Paris"}""" },
        { "POST", "/api/v1/dossiers/invoice-batch", """{"dossierIds":"1,2"}""" },
        { "PUT", "/api/v1/invoices/abc", """{}""" },
        { "POST", "/api/v1/invoices/999999/finalize", "" },
        { "GET", "/api/v1/invoices/999999", "" },
        { "DELETE", "/api/v1/payments/999999", "" },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task Problem_details_speak_french_and_name_no_dotnet_type(string method, string path, string body)
    {
        var api = await app.ApiClientAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant);

        var response = await api.SendAsync(Request(method, path, body));

        var text = await response.Content.ReadAsStringAsync();
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.All(Leaks, leak => Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Plain_text_body_is_415_with_a_french_title()
    {
        var api = await app.ApiClientAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant);

        var response = await api.PostAsync("/api/v1/invoices", new StringContent("bonjour", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Type de contenu non pris en charge", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Accept_language_en_gives_english_titles_and_field_errors()
    {
        var api = await app.ApiClientAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant);
        var request = Request("POST", "/api/v1/invoices", """{"customerId":"abc"}""");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));
        var missing = Request("POST", "/api/v1/invoices", """{"lines":[]}""");
        missing.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var french = Request("POST", "/api/v1/invoices", """{"customerId":"abc"}""");

        var english = await (await api.SendAsync(request)).Content.ReadAsStringAsync();
        var englishValidation = await (await api.SendAsync(missing)).Content.ReadAsStringAsync();
        var byDefault = await (await api.SendAsync(french)).Content.ReadAsStringAsync();

        Assert.True(english.Contains("The request contains errors.", StringComparison.Ordinal), english);
        Assert.Contains("Invalid value or malformed JSON.", english);
        Assert.Contains("Choose a customer.", englishValidation);
        Assert.Contains("La requête contient des erreurs.", byDefault);
        Assert.Contains("Valeur invalide ou JSON mal formé.", byDefault);
    }

    [Fact]
    public async Task Unauthenticated_api_call_is_english_on_request()
    {
        var request = Request("GET", "/api/v1/customers", string.Empty);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var response = await app.ApiClient(null).SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Authentication required.", await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Request(string method, string path, string body) =>
        new(new HttpMethod(method), path) { Content = method == "GET" ? null : new StringContent(body, Encoding.UTF8, "application/json") };
}
