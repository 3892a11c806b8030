namespace Facturation.Web.Infrastructure;

/// <summary>The "Telemetry" configuration section (ADR-026, docs/operations.md).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// OTLP collector base address (traces and metrics); an alias of the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
    /// which wins when both are set. Neither set: no OTLP export and no tracing pipeline at all.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>
    /// A shared secret that Prometheus presents as <c>Authorization: Bearer …</c> to scrape <c>/metrics</c> without
    /// a user account; none: only administrators (session or personal API token) read the metrics.
    /// </summary>
    public string? ScrapeToken { get; set; }

    /// <summary>How often this instance reads the outbox backlog for the outbox gauges (one indexed query).</summary>
    public TimeSpan OutboxSampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
