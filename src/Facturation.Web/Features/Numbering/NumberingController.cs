using Facturation.Application.Common;
using Facturation.Application.Numbering;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Numbering;

[Authorize(Policy = Policies.Administer)]
public sealed class NumberingController(NumberingSeriesService series, IBusinessClock clock) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new NumberingIndexViewModel(await series.ListAsync(ct), clock.Today));

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var current = await series.GetAsync(id, ct);
        return View(new NumberingEditViewModel(id, current.Kind, new NumberingSeriesInput { Mask = current.Mask, Reset = current.Reset }));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, NumberingSeriesInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await EditPageAsync(id, input, ct));
        }

        var saved = await series.UpdateAsync(id, input, ct);
        this.FlashSuccess($"Numérotation enregistrée : prochain numéro {await series.NextNumberAsync(saved, ct)}.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Edit) => View(refused.Action, await EditPageAsync(refused.Id, refused.Input<NumberingSeriesInput>(), ct)),
            _ => null,
        };

    private async Task<NumberingEditViewModel> EditPageAsync(int id, NumberingSeriesInput input, CancellationToken ct) =>
        new(id, (await series.GetAsync(id, ct)).Kind, input);
}
