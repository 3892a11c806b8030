namespace Facturation.Web.Infrastructure;

/// <summary>The "Health" configuration section: thresholds of the readiness checks.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Age of the oldest pending e-mail above which <c>/health/ready</c> reports Degraded.</summary>
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromMinutes(15);
}
