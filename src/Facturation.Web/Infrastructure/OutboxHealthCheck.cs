using Facturation.Application.Data;
using Facturation.Application.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// <c>/health/ready</c>: degraded when the oldest e-mail still waiting in the outbox is older than
/// <see cref="HealthOptions.OutboxMaxAge"/> — the delivery worker is stopped, or the SMTP server refuses.
/// </summary>
public sealed class OutboxHealthCheck(FacturationDb db, TimeProvider time, IOptionsMonitor<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var backlog = await OutboxBacklog.ReadAsync(db, cancellationToken);
        var (count, age) = (backlog.Pending, backlog.OldestAge(time.GetUtcNow().UtcDateTime));
        var data = new Dictionary<string, object> { ["pending"] = count, ["oldestAgeSeconds"] = (long)age.TotalSeconds };
        return age > options.CurrentValue.OutboxMaxAge
            ? HealthCheckResult.Degraded($"{count} e-mail(s) en attente, le plus ancien depuis {(long)age.TotalMinutes} min.", data: data)
            : HealthCheckResult.Healthy($"{count} e-mail(s) en attente.", data);
    }
}
