using System.Security.Claims;
using Facturation.Application.Invoicing.Listing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The current user's saved views of the sales list (ADR-032): save the current URL state under a name, delete one.</summary>
[Authorize(Policy = Policies.Read)]
[Route("Invoices/Views")]
public sealed class InvoiceViewsController(ListViewService views) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Save([FromForm] string? name, [FromForm] string? query, CancellationToken ct)
    {
        var view = await views.SaveViewAsync(UserId, ListViewService.InvoiceList, name, query, ct);
        this.FlashSuccess($"Vue « {view.Name} » enregistrée.");
        return LocalRedirect(Url.InvoiceList() + (view.Query.Length > 0 ? "?" + view.Query : string.Empty));
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await views.DeleteViewAsync(UserId, id, ct);
        return this.RedirectToInvoiceList();
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user has an id.");
}
