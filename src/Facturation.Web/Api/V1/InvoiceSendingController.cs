using Facturation.Application.Mail;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Facturation.Web.Api.V1;

/// <summary>Emailing a document: the request is queued in the outbox (202), delivery follows in the background.</summary>
[Route("api/v1/invoices")]
public sealed class InvoiceSendingController(InvoiceMailService mail) : ApiControllerBase
{
    [HttpPost("{id:int}/send")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Send(int id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SendInvoiceRequest? request, CancellationToken ct)
    {
        var defaults = await mail.DefaultsAsync(id, ct);
        var message = await mail.RequestAsync(id, (request ?? new SendInvoiceRequest()).Over(defaults), User.ToActor(), ct);
        return AcceptedAtAction(nameof(OutboxMessagesController.Get), "OutboxMessages", new { id = message.Id }, new { id = message.Id, status = message.Status });
    }
}
