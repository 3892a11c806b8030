using Facturation.Application.Dossiers;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/dossiers")]
public sealed class DossierEstimateController(DossierEstimatePdf estimates) : ApiControllerBase
{
    /// <summary>The dossier's estimate (devis) as a PDF under the dossier's number, rendered on demand.</summary>
    [HttpGet("{id:int}/estimate")]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Estimate(int id, CancellationToken ct)
    {
        var pdf = await estimates.RenderAsync(id, User.ToActor(), ct);
        return File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
