using Facturation.Application.Corrections;
using Facturation.Application.Invoicing;
using Facturation.Application.Payments;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/credit-notes")]
public sealed class CreditNotesController(PaymentService payments, InvoiceService invoices) : ApiControllerBase
{
    /// <summary>Uses part of an issued credit note on an open invoice of the same customer; returns the credit note.</summary>
    [HttpPost("{id:int}/apply")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<InvoiceDto> Apply(int id, CreditApplicationInput input, CancellationToken ct)
    {
        await payments.ApplyCreditAsync(id, input, User.ToActor(), ct);
        return Document(await invoices.GetAsync(id, ct));
    }

    /// <summary>Pays back (part of) the remaining credit: a refund payment.</summary>
    [HttpPost("{id:int}/refund")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<PaymentDto>> Refund(int id, RefundInput input, CancellationToken ct)
    {
        var payment = await payments.RefundAsync(id, input, User.ToActor(), ct);
        return CreatedAtAction(nameof(PaymentsController.Get), "Payments", new { id = payment.Id }, PaymentDto.From(payment));
    }

    /// <summary>Undoes a credit application with a recorded reversal (reason required); returns the credit note.</summary>
    [HttpPost("{id:int}/applications/{applicationId:int}/reverse")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<InvoiceDto> Reverse(int id, int applicationId, ReasonInput? body, CancellationToken ct)
    {
        await payments.ReverseCreditApplicationAsync(id, applicationId, body?.Reason, User.ToActor(), ct);
        return Document(await invoices.GetAsync(id, ct));
    }
}
