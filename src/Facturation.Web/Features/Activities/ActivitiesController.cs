using Facturation.Application.Activities;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Activities;

/// <summary>Paramètres › Activités (ADR-027): the activities documents are attributed to for statistics.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class ActivitiesController(ActivityService activities) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await activities.ListAsync(includeInactive: true, ct));

    [HttpGet]
    public IActionResult Create() => View("Form", new FormViewModel<ActivityInput>(null, new ActivityInput()));

    [HttpPost]
    public async Task<IActionResult> Create(ActivityInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Form", new FormViewModel<ActivityInput>(null, input));
        }

        var activity = await activities.CreateAsync(input, ct);
        this.FlashSuccess($"Activité {activity.Code} créée.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        return View("Form", new FormViewModel<ActivityInput>(id, ActivityInput.From(await activities.GetAsync(id, ct))));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, ActivityInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Form", new FormViewModel<ActivityInput>(id, input));
        }

        await activities.UpdateAsync(id, input, ct);
        this.FlashSuccess("Activité enregistrée.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Create) => View("Form", new FormViewModel<ActivityInput>(null, refused.Input<ActivityInput>())),
            nameof(Edit) => View("Form", new FormViewModel<ActivityInput>(refused.Id, refused.Input<ActivityInput>())),
            _ => null,
        });
}
