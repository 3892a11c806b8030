using Facturation.Application.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Facturation.Web.Infrastructure;

/// <summary><c>/health</c>: healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(FacturationDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Base de données joignable.")
            : HealthCheckResult.Unhealthy("Base de données injoignable.");
}
