using Facturation.Application.Common;
using Facturation.Application.Taxes;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.TaxCodes;

[Authorize(Policy = Policies.Read)]
public sealed class TaxCodesController(TaxCodeService taxCodes) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken ct = default) =>
        View(new TaxCodeListViewModel(await taxCodes.ListAsync(new ListQuery(search, page), ct), search, Url.To<TaxCodesController>(nameof(Index))));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await taxCodes.GetAsync(id, ct));

    [HttpGet]
    [Authorize(Policy = Policies.Administer)]
    public IActionResult Create() => View(new FormViewModel<TaxCodeInput>(null, TaxCodeForm.WithBlankRows(new TaxCodeInput())));

    [HttpPost]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Create(TaxCodeInput input, CancellationToken ct)
    {
        TaxCodeForm.WithBlankRows(input);
        if (!ModelState.IsValid)
        {
            return View(new FormViewModel<TaxCodeInput>(null, input));
        }

        var taxCode = await taxCodes.CreateAsync(input, ct);
        this.FlashSuccess($"Code de taxe {taxCode.Code} créé.");
        return RedirectToAction(nameof(Details), new { id = taxCode.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        return View(new FormViewModel<TaxCodeInput>(id, TaxCodeForm.WithBlankRows(TaxCodeInput.From(await taxCodes.GetAsync(id, ct)))));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Edit(int id, TaxCodeInput input, CancellationToken ct)
    {
        TaxCodeForm.WithBlankRows(input);
        if (!ModelState.IsValid)
        {
            return View(new FormViewModel<TaxCodeInput>(id, input));
        }

        await taxCodes.UpdateAsync(id, input, ct);
        this.FlashSuccess("Code de taxe enregistré.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Deactivate(int id, CancellationToken ct)
    {
        await taxCodes.SetActiveAsync(id, active: false, ct);
        this.FlashSuccess("Code de taxe désactivé : il n'est plus proposé sur les nouvelles lignes.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Reactivate(int id, CancellationToken ct)
    {
        await taxCodes.SetActiveAsync(id, active: true, ct);
        this.FlashSuccess("Code de taxe réactivé.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Create) => View(refused.Action, new FormViewModel<TaxCodeInput>(null, refused.Input<TaxCodeInput>())),
            nameof(Edit) => View(refused.Action, new FormViewModel<TaxCodeInput>(refused.Id, refused.Input<TaxCodeInput>())),
            _ => null,
        });
}
