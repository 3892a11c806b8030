using Facturation.Application.Corrections;
using Facturation.Application.Payments;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Facturation.Web.Api.V1;

[Route("api/v1/payments")]
public sealed class PaymentsController(PaymentService payments) : ApiControllerBase
{
    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<PaymentDto> Get(int id, CancellationToken ct) => PaymentDto.From(await payments.GetAsync(id, ct));

    /// <summary>Records a payment received and allocates it; over-allocation is a 400 on the allocation field and writes nothing.</summary>
    [HttpPost]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<PaymentDto>> Create(PaymentInput input, CancellationToken ct)
    {
        var payment = await payments.ReceiveAsync(input, User.ToActor(), ct);
        return CreatedAtAction(nameof(Get), new { id = payment.Id }, PaymentDto.From(payment));
    }

    /// <summary>
    /// Voids a payment or refund (it is never deleted: it stays retrievable with <c>status</c> <c>Voided</c>);
    /// <c>reason</c> (query or body) is required and recorded in each document's history.
    /// </summary>
    [HttpDelete("{id:int}")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(int id, [FromQuery] string? reason, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ReasonInput? body, CancellationToken ct)
    {
        await payments.VoidAsync(id, reason ?? body?.Reason, User.ToActor(), ct);
        return NoContent();
    }

    /// <summary>Same as <c>DELETE</c>, answering the voided payment.</summary>
    [HttpPost("{id:int}/void")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<PaymentDto> Void(int id, ReasonInput? body, CancellationToken ct) =>
        PaymentDto.From(await payments.VoidAsync(id, body?.Reason, User.ToActor(), ct));
}
