using Facturation.Application.Webhooks;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Webhooks;

/// <summary>Webhook endpoints, their form and their delivery log with redelivery (administrators).</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class WebhooksController(WebhookEndpointService webhooks) : Controller, IRedrawsForm
{
    private const int DeliveryLimit = 200;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await webhooks.ListAsync(ct));

    [HttpGet]
    public IActionResult Create() => View("Edit", new WebhookFormViewModel(null, new WebhookEndpointInput { Events = [.. WebhookEvents.All] }));

    [HttpPost]
    public async Task<IActionResult> Create(WebhookEndpointInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Edit", new WebhookFormViewModel(null, input));
        }

        await webhooks.RegisterAsync(input, ct);
        this.FlashSuccess("Webhook enregistré.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var endpoint = await webhooks.GetAsync(id, ct);
        return View(new WebhookFormViewModel(id, WebhookEndpointInput.From(endpoint), endpoint.SecretHint));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, WebhookEndpointInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await EditPageAsync(id, input, ct));
        }

        await webhooks.UpdateAsync(id, input, ct);
        this.FlashSuccess("Webhook enregistré.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await webhooks.DeleteAsync(id, ct);
        this.FlashSuccess("Webhook supprimé.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Deliveries(int id, CancellationToken ct)
    {
        var endpoint = await webhooks.GetAsync(id, ct);
        return View(new WebhookDeliveriesViewModel(endpoint, await webhooks.DeliveriesAsync(id, DeliveryLimit, ct)));
    }

    [HttpPost]
    public async Task<IActionResult> Redeliver(int id, long deliveryId, CancellationToken ct)
    {
        await webhooks.RedeliverAsync(id, deliveryId, ct);
        this.FlashSuccess($"Livraison {deliveryId} renvoyée : nouvel essai dans quelques secondes.");
        return RedirectToAction(nameof(Deliveries), new { id });
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Create) => View("Edit", new WebhookFormViewModel(null, refused.Input<WebhookEndpointInput>())),
            nameof(Edit) => View("Edit", await EditPageAsync(refused.Id, refused.Input<WebhookEndpointInput>(), ct)),
            _ => null,
        };

    private async Task<WebhookFormViewModel> EditPageAsync(int id, WebhookEndpointInput input, CancellationToken ct) =>
        new(id, input, (await webhooks.GetAsync(id, ct)).SecretHint);
}
