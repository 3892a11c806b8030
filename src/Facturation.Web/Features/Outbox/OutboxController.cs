using Facturation.Application.Mail;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Outbox;

/// <summary>Emails not delivered yet (pending or failed) with their error, and the retry button (administrators).</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class OutboxController(OutboxService outbox) : Controller
{
    private const int Limit = 200;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await outbox.UndeliveredAsync(Limit, ct));

    [HttpPost]
    public async Task<IActionResult> Retry(int id, CancellationToken ct)
    {
        await outbox.RetryAsync(id, ct);
        this.FlashSuccess($"Message {id} relancé : nouvel essai dans quelques instants.");
        return RedirectToAction(nameof(Index));
    }
}
