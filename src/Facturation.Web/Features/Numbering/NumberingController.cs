using Facturation.Application.Numbering;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Numbering;

[Authorize(Policy = Policies.Administer)]
public sealed class NumberingController(NumberingSeriesService series) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await series.ListAsync(ct));

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var current = await series.GetAsync(id, ct);
        ViewData["SeriesId"] = id;
        ViewData["SeriesKind"] = current.Kind;
        return View(new NumberingSeriesInput { Mask = current.Mask, Reset = current.Reset });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, NumberingSeriesInput input, CancellationToken ct)
    {
        ViewData["SeriesId"] = id;
        ViewData["SeriesKind"] = (await series.GetAsync(id, ct)).Kind;
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var saved = await series.UpdateAsync(id, input, ct);
        this.FlashSuccess($"Numérotation enregistrée : prochain numéro {await series.NextNumberAsync(saved, ct)}.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Edit) => View(refused.Action, refused.Input<NumberingSeriesInput>()),
            _ => null,
        });
}
