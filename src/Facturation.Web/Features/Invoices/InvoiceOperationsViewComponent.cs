using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The document page's "Opérations" block (seed 001): activity, dossier and author, editable by billing users (ADR-027).</summary>
public sealed class InvoiceOperationsViewComponent(InvoiceOperationsService operations, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var choices = await operations.ChoicesAsync(invoice, HttpContext.RequestAborted);
        var canEdit = (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Bill)).Succeeded;
        return View(new InvoiceOperationsPanel(invoice, choices, canEdit));
    }
}
