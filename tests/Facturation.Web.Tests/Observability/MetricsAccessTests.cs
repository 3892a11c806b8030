using System.Net;
using System.Net.Http.Headers;
using Facturation.Application.Identity;
using Facturation.Testing;

namespace Facturation.Web.Tests.Observability;

/// <summary>Who may read <c>/metrics</c>: administrators (session or API token) and Prometheus with the scrape token.</summary>
public sealed class MetricsAccessTests : IAsyncLifetime
{
    private const string ScrapeToken = "scrape-secret-for-tests-2026";

    private readonly FacturationApp _app = new FacturationApp().With("Telemetry:ScrapeToken", ScrapeToken);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Metrics_without_credentials_or_with_a_wrong_scrape_token_is_401_never_the_login_page()
    {
        var anonymous = await _app.CreateBrowserlikeClient().GetAsync("/metrics");
        var wrong = await Scraper("not-the-token").GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Null(anonymous.Headers.Location);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Accountant)]
    [InlineData(Roles.BillingManager)]
    public async Task Metrics_for_a_signed_in_non_administrator_is_403(string role)
    {
        var session = await _app.SignInAsync(role);
        var token = await _app.ApiClientAsync(role);

        var bySession = await session.GetAsync("/metrics");
        var byToken = await token.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Forbidden, bySession.StatusCode);
        Assert.Null(bySession.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, byToken.StatusCode);
    }

    [Fact]
    public async Task Metrics_answer_prometheus_text_to_an_admin_session_an_admin_token_and_the_scrape_token()
    {
        var session = await _app.SignInAsAdminAsync();
        var token = await _app.ApiClientAsync(Roles.Admin);

        var responses = new[] { await session.GetAsync("/metrics"), await token.GetAsync("/metrics"), await Scraper(ScrapeToken).GetAsync("/metrics") };

        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
            Assert.Contains("# TYPE http_server_request_duration_seconds histogram", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Scrape_token_opens_the_metrics_and_nothing_else()
    {
        var scraper = Scraper(ScrapeToken);

        var api = await scraper.GetAsync("/api/v1/customers");
        var screen = await scraper.GetAsync("/Customers");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, screen.StatusCode);
    }

    private HttpClient Scraper(string token)
    {
        var client = _app.ApiClient(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
