using Facturation.Application.Dossiers;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Dossiers;

/// <summary>The dossier's estimate (devis) as a PDF, on screen (<c>?inline=true</c> opens it).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DossierEstimateController(DossierEstimatePdf estimates) : Controller
{
    [HttpGet("/Dossiers/{id:int}/Estimate", Name = Urls.DossierEstimateRoute)]
    public async Task<IActionResult> Estimate(int id, bool inline = false, CancellationToken ct = default) =>
        this.PdfFile(await estimates.RenderAsync(id, User.ToActor(), ct), inline);
}
