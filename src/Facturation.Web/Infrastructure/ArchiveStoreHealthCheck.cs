using Facturation.Application.Archiving;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Facturation.Web.Infrastructure;

/// <summary><c>/health/ready</c>: the archive store accepts a write (ADR-025); without it no document can be archived.</summary>
public sealed class ArchiveStoreHealthCheck(IArchiveStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.ProblemAsync(cancellationToken) is { } problem
            ? HealthCheckResult.Unhealthy(problem)
            : HealthCheckResult.Healthy($"Archives : {store.Description} accessible.");
}
