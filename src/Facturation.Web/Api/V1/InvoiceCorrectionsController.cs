using Facturation.Application.Corrections;
using Facturation.Application.Invoicing;
using Facturation.Application.Payments;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>What happens to an issued invoice: credit notes, cancellation, replacement, penalty, payment incident.</summary>
[Route("api/v1/invoices")]
public sealed class InvoiceCorrectionsController(CorrectionService corrections, PaymentService payments, InvoiceService invoices) : ApiControllerBase
{
    [HttpPost("{id:int}/credit-notes")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<InvoiceDto>> CreateCreditNote(int id, CreditNoteInput input, CancellationToken ct) =>
        Created(await corrections.CreateCreditNoteAsync(id, input, User.ToActor(), ct));

    /// <summary>Cancels the invoice: returns it (status Cancelled) with <c>cancelledById</c>, its cancellation credit note.</summary>
    [HttpPost("{id:int}/cancel")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<InvoiceDto> Cancel(int id, ReasonInput input, CancellationToken ct)
    {
        await corrections.CancelAsync(id, input.Reason, User.ToActor(), ct);
        return Document(await invoices.GetAsync(id, ct));
    }

    [HttpPost("{id:int}/replace")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<InvoiceDto>> Replace(int id, ReasonInput input, CancellationToken ct) =>
        Created(await corrections.ReplaceAsync(id, input.Reason, User.ToActor(), ct));

    [HttpPost("{id:int}/penalty")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<InvoiceDto>> Penalty(int id, CancellationToken ct) =>
        Created(await corrections.CreatePenaltyAsync(id, User.ToActor(), ct));

    /// <summary>Payment incident on a paid invoice (Paid → Disputed).</summary>
    [HttpPost("{id:int}/dispute")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<InvoiceDto> Dispute(int id, ReasonInput input, CancellationToken ct) =>
        Document(await payments.MarkDisputedAsync(id, input.Reason, User.ToActor(), ct));

    /// <summary>Disputed → Paid.</summary>
    [HttpPost("{id:int}/resolve-dispute")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<InvoiceDto> ResolveDispute(int id, CancellationToken ct) =>
        Document(await payments.ResolveDisputeAsync(id, User.ToActor(), ct));

    private CreatedResult Created(Domain.Invoicing.Invoice document) => Created($"/api/v1/invoices/{document.Id}", Document(document));
}
