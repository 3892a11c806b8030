using Facturation.Application.Payments;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/payments/bulk")]
public sealed class BulkPaymentsController(BulkPaymentService bulk) : ApiControllerBase
{
    /// <summary>
    /// One payment per customer of the selection, of its open invoices minus its credit notes (applied first);
    /// unissued, settled or exhausted documents are skipped with a reason. Each customer is one transaction.
    /// </summary>
    [HttpPost]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Create(BulkPaymentInput input, CancellationToken ct)
    {
        var result = await bulk.RecordAsync(input, User.ToActor(), ct);
        return StatusCode(StatusCodes.Status201Created, BulkPaymentResultDto.From(result));
    }
}
