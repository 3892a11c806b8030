using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Authenticates a Prometheus server by the shared <see cref="TelemetryOptions.ScrapeToken"/> (<c>Authorization:
/// Bearer …</c>). The principal only carries <see cref="ScopeClaim"/> = <see cref="MetricsScope"/>: it opens
/// <c>/metrics</c> and nothing else. Challenge and forbid answer plain 401 / 403, never the login page.
/// </summary>
public sealed class MetricsScrapeAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<TelemetryOptions> telemetry)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "MetricsScrape";
    public const string ScopeClaim = "facturation:scope";
    public const string MetricsScope = "metrics";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var configured = telemetry.CurrentValue.ScrapeToken;
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(configured) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Hashes first: equal lengths for the constant-time comparison, whatever was sent.
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        if (!CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(configured))))
        {
            return Task.FromResult(AuthenticateResult.Fail("Invalid scrape token."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "metrics-scraper"), new Claim(ScopeClaim, MetricsScope)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
