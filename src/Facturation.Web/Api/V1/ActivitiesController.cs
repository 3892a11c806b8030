using Facturation.Application.Activities;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>The activities reference data (ADR-027); inactive ones with <c>?includeInactive=true</c>.</summary>
[Route("api/v1/activities")]
public sealed class ActivitiesController(ActivityService activities) : ApiControllerBase
{
    [HttpGet]
    public async Task<IReadOnlyList<ActivityDto>> List(bool includeInactive = false, CancellationToken ct = default) =>
        [.. (await activities.ListAsync(includeInactive, ct)).Select(ActivityDto.From)];
}
