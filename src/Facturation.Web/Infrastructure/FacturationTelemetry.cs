using System.Reflection;
using Facturation.Application.Identity;
using Facturation.Application.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// OpenTelemetry (ADR-026): metrics always (ASP.NET Core, HttpClient, EF Core, Npgsql, runtime and the
/// <see cref="FacturationMetrics.MeterName"/> meter), scraped at <see cref="MetricsPath"/> by administrators or with the
/// scrape token; traces and OTLP export only when an OTLP endpoint is configured, so a default start has no exporter,
/// no retry loop and no log line about telemetry.
/// </summary>
public static class FacturationTelemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>The standard variable of the OpenTelemetry SDK; <see cref="TelemetryOptions.OtlpEndpoint"/> is its alias.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string MetricsScheme = "Metrics";

    public static void AddFacturationTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.Configure<TelemetryOptions>(configuration.GetSection(TelemetryOptions.Section));
        services.AddHostedService<OutboxBacklogSampler>();
        AddMetricsAuthentication(services);

        // Read when the app is built (environment, appsettings, command line): the exporter cannot be added later.
        if (string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]) && configuration[$"{TelemetryOptions.Section}:OtlpEndpoint"] is { Length: > 0 } alias)
        {
            configuration.AddInMemoryCollection([new(OtlpEndpointVariable, alias)]);
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                configuration["OTEL_SERVICE_NAME"] ?? "facturation",
                serviceVersion: typeof(FacturationTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
                serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithMetrics(metrics => metrics
                .AddMeter(FacturationMetrics.MeterName, "Microsoft.EntityFrameworkCore", "Npgsql", "System.Runtime")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());
        if (string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]))
        {
            return;
        }

        telemetry
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !IsProbeOrScrape(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .UseOtlpExporter();
    }

    /// <summary>Maps <see cref="MetricsPath"/> (Prometheus text format) behind the metrics policy.</summary>
    public static void MapMetricsEndpoint(this IEndpointRouteBuilder endpoints)
    {
        var policy = new AuthorizationPolicyBuilder(MetricsScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.IsInRole(Roles.Admin)
                || context.User.HasClaim(MetricsScrapeAuthenticationHandler.ScopeClaim, MetricsScrapeAuthenticationHandler.MetricsScope))
            .Build();
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(policy);
    }

    /// <summary>
    /// One scheme for <see cref="MetricsPath"/>: a personal API token (an administrator's), the scrape token, or the
    /// session cookie of a signed-in administrator; challenge and forbid are plain 401 / 403 (a scraper never
    /// follows a redirect to the login page).
    /// </summary>
    private static void AddMetricsAuthentication(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, MetricsScrapeAuthenticationHandler>(MetricsScrapeAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(MetricsScheme, null, scheme =>
            {
                scheme.ForwardDefaultSelector = context => context.Request.Headers.Authorization.ToString() switch
                {
                    var header when header.StartsWith("Bearer fct_", StringComparison.OrdinalIgnoreCase) => BearerTokenAuthenticationHandler.SchemeName,
                    var header when header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) => MetricsScrapeAuthenticationHandler.SchemeName,
                    _ => IdentityConstants.ApplicationScheme,
                };
                scheme.ForwardChallenge = MetricsScrapeAuthenticationHandler.SchemeName;
                scheme.ForwardForbid = MetricsScrapeAuthenticationHandler.SchemeName;
            });
    }

    private static bool IsProbeOrScrape(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);
}
