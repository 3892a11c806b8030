using Facturation.Application.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The document page's "Opérations" forms (ADR-027); refused changes come back as a flash message.</summary>
[Authorize(Policy = Policies.Bill)]
[Route("Invoices/{id:int}")]
public sealed class InvoiceOperationsController(InvoiceOperationsService operations) : Controller
{
    [HttpPost("Operations", Name = Urls.InvoiceOperationsRoute)]
    public async Task<IActionResult> Relink(int id, int? dossierId, int? activityId, CancellationToken ct)
    {
        await operations.RelinkAsync(id, new OperationalLinksInput { DossierId = dossierId, ActivityId = activityId }, User.ToActor(), ct);
        this.FlashSuccess("Liens du document enregistrés.");
        return RedirectToAction(nameof(InvoicesController.Details), "Invoices", new { id });
    }

    [HttpPost("Author", Name = Urls.InvoiceAuthorRoute)]
    public async Task<IActionResult> ChangeAuthor(int id, string? authorId, CancellationToken ct)
    {
        await operations.ChangeAuthorAsync(id, authorId, User.ToActor(), ct);
        this.FlashSuccess("Auteur du document enregistré.");
        return RedirectToAction(nameof(InvoicesController.Details), "Invoices", new { id });
    }
}
