using Facturation.Application.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>The dashboard's figures (ADR-027, field names in docs/dashboard.md); the same service as the home page.</summary>
[Route("api/v1/stats")]
public sealed class StatsController(DashboardStatisticsService statistics) : ApiControllerBase
{
    [HttpGet]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public Task<DashboardFigures> Get(DateOnly? from, DateOnly? to, CancellationToken ct) => statistics.ComputeAsync(from, to, ct);
}
