using Facturation.Application.Webhooks;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Webhooks;

/// <summary>Webhook endpoints, their form and their delivery log with redelivery (administrators).</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class WebhooksController(WebhookEndpointService webhooks) : Controller
{
    private const int DeliveryLimit = 200;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await webhooks.ListAsync(ct));

    [HttpGet]
    public IActionResult Create() => View("Edit", new WebhookEndpointInput { Events = [.. WebhookEvents.All] });

    [HttpPost]
    public async Task<IActionResult> Create(WebhookEndpointInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Edit", input);
        }

        await webhooks.RegisterAsync(input, ct);
        TempData["FlashSuccess"] = "Webhook enregistré.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var endpoint = await webhooks.GetAsync(id, ct);
        ViewData["SecretHint"] = endpoint.SecretHint;
        return View(WebhookEndpointInput.From(endpoint));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, WebhookEndpointInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            ViewData["SecretHint"] = (await webhooks.GetAsync(id, ct)).SecretHint;
            return View(input);
        }

        await webhooks.UpdateAsync(id, input, ct);
        TempData["FlashSuccess"] = "Webhook enregistré.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await webhooks.DeleteAsync(id, ct);
        TempData["FlashSuccess"] = "Webhook supprimé.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Deliveries(int id, CancellationToken ct)
    {
        ViewData["Endpoint"] = await webhooks.GetAsync(id, ct);
        return View(await webhooks.DeliveriesAsync(id, DeliveryLimit, ct));
    }

    [HttpPost]
    public async Task<IActionResult> Redeliver(int id, long deliveryId, CancellationToken ct)
    {
        await webhooks.RedeliverAsync(id, deliveryId, ct);
        TempData["FlashSuccess"] = $"Livraison {deliveryId} renvoyée : nouvel essai dans quelques secondes.";
        return RedirectToAction(nameof(Deliveries), new { id });
    }
}
