using Facturation.Application.Webhooks;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>Webhook endpoints and their delivery log (administrators only).</summary>
[Route("api/v1/webhooks")]
[Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Administer)]
public sealed class WebhooksController(WebhookEndpointService webhooks) : ApiControllerBase
{
    private const int DeliveryLimit = 200;

    [HttpGet]
    public async Task<IReadOnlyList<WebhookEndpointDto>> List(CancellationToken ct) =>
        (await webhooks.ListAsync(ct)).Select(WebhookEndpointDto.From).ToList();

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<WebhookEndpointDto> Get(int id, CancellationToken ct) => WebhookEndpointDto.From(await webhooks.GetAsync(id, ct));

    [HttpPost]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<WebhookEndpointDto>> Create(WebhookEndpointInput input, CancellationToken ct)
    {
        var endpoint = await webhooks.RegisterAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = endpoint.Id }, WebhookEndpointDto.From(endpoint));
    }

    /// <summary>Replaces URL, events and private-network flag; an absent or empty <c>secret</c> keeps the current one.</summary>
    [HttpPut("{id:int}")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<WebhookEndpointDto> Update(int id, WebhookEndpointInput input, CancellationToken ct) =>
        WebhookEndpointDto.From(await webhooks.UpdateAsync(id, input, ct));

    [HttpDelete("{id:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await webhooks.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>The endpoint's latest deliveries, newest first.</summary>
    [HttpGet("{id:int}/deliveries")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IReadOnlyList<WebhookDeliveryDto>> Deliveries(int id, CancellationToken ct) =>
        (await webhooks.DeliveriesAsync(id, DeliveryLimit, ct)).Select(WebhookDeliveryDto.From).ToList();

    /// <summary>Queues a delivery again, with the same event id.</summary>
    [HttpPost("{id:int}/deliveries/{deliveryId:long}/redeliver")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<WebhookDeliveryDto> Redeliver(int id, long deliveryId, CancellationToken ct) =>
        WebhookDeliveryDto.From(await webhooks.RedeliverAsync(id, deliveryId, ct));
}
