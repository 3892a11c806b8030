using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.DraftMerge;

/// <summary>Merging pending drafts of one customer into one draft.</summary>
[Authorize(Policy = Policies.Bill)]
public sealed class DraftMergeController(InvoiceService invoices, DossierBillingService billing) : Controller, IRedrawsForm
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
        this.FlashSuccess($"Brouillons fusionnés dans {merged.ProformaNumber}.");
        return this.RedirectToInvoice(merged.Id);
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Merge) => View(refused.Action, refused.Input<MergeInput>()),
            _ => null,
        });
}
