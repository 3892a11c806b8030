using Facturation.Application.Audit;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Audit;

/// <summary>The <i>Journal d'audit</i> screen: the chain's entries filtered by document, event and dates, and the last nightly verification.</summary>
[Authorize(Policy = Policies.Audit)]
public sealed class AuditController(AuditLogService journal) : Controller
{
    private const int PageSize = 50;

    [HttpGet]
    public async Task<IActionResult> Index(string? documentNumber, [FromQuery(Name = "event")] string? eventName, DateOnly? from, DateOnly? to, int page = 1, CancellationToken ct = default)
    {
        var query = new AuditLogQuery(documentNumber, eventName, from, to, page, PageSize);
        return View(new AuditLogViewModel(query, await journal.ListAsync(query, ct), await journal.LatestRunAsync(ct)));
    }
}
