using Facturation.Application.Dossiers;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary><c>POST /api/v1/invoices/merge</c>, kept apart from <see cref="InvoicesController"/>.</summary>
[Route("api/v1/invoices")]
public sealed class InvoiceMergeController(DossierBillingService billing) : ApiControllerBase
{
    [HttpPost("merge")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<InvoiceDto>> Merge(MergeInput input, CancellationToken ct)
    {
        var merged = await billing.MergeAsync(input, User.ToActor(), ct);
        return Created($"/api/v1/invoices/{merged.Id}", Document(merged));
    }
}
