using Facturation.Application.Audit;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>The audit journal, newest first, for accountants and administrators (ADR-012).</summary>
[Route("api/v1/audit")]
[Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Audit)]
public sealed class AuditController(AuditLogService journal) : ApiControllerBase
{
    public const int PageSize = 50;

    [HttpGet]
    public async Task<PageDto<AuditEntryDto>> List(string? documentNumber, [FromQuery(Name = "event")] string? eventName, DateOnly? from, DateOnly? to, int page = 1, CancellationToken ct = default) =>
        (await journal.ListAsync(new AuditLogQuery(documentNumber, eventName, from, to, page, PageSize), ct)).ToDto(AuditEntryDto.From);
}
