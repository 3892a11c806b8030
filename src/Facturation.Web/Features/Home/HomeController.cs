using Facturation.Application.Data;
using Facturation.Application.Statistics;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Features.Home;

/// <summary>The home page is the dashboard (ADR-027): the figures of <see cref="DashboardStatisticsService"/>, as the API returns them.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class HomeController(FacturationDb db, DashboardStatisticsService statistics) : Controller
{
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        // A period that cannot be shown falls back to the default one, with the reason above the figures.
        var problem = DashboardStatisticsService.PeriodProblem(from, to);
        return View(new HomeViewModel(
            await db.Companies.AsNoTracking().Select(c => c.LegalName).FirstOrDefaultAsync(ct) ?? "Facturation",
            problem is null ? await statistics.ComputeAsync(from, to, ct) : await statistics.ComputeAsync(null, null, ct),
            problem?.Message));
    }
}
