using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.DraftMerge;

/// <summary>Merging pending drafts of one customer into one draft.</summary>
[Authorize(Policy = Policies.Bill)]
public sealed class DraftMergeController(InvoiceService invoices, DossierBillingService billing) : Controller
{
    [HttpGet("/Dossiers/Merge")]
    public async Task<IActionResult> Index(int? customerId, CancellationToken ct)
    {
        var drafts = customerId is { } id
            ? (await invoices.ListAsync(new InvoiceListQuery(InvoiceStatus.Draft, id, InvoiceKind.Invoice, PageSize: Application.Common.ListQuery.MaxPageSize), ct)).Items
            : [];
        return View(new DraftMergeViewModel(customerId, drafts, await invoices.EditorChoicesAsync(ct)));
    }

    [HttpPost("/Dossiers/Merge")]
    public async Task<IActionResult> Merge(MergeInput input, CancellationToken ct)
    {
        var merged = await billing.MergeAsync(input, User.ToActor(), ct);
        TempData["FlashSuccess"] = $"Brouillons fusionnés dans {merged.ProformaNumber}.";
        return Redirect($"/Invoices/Details/{merged.Id}");
    }
}
