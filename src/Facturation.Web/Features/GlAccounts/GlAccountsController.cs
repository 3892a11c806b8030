using Facturation.Application.Accounting;
using Facturation.Application.Common;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.GlAccounts;

[Authorize(Policy = Policies.Read)]
public sealed class GlAccountsController(GlAccountService accounts) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken ct = default) =>
        View(new GlAccountListViewModel(await accounts.ListAsync(new ListQuery(search, page), ct), search, Url.To<GlAccountsController>(nameof(Index))));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await accounts.GetAsync(id, ct));

    [HttpGet]
    [Authorize(Policy = Policies.Administer)]
    public IActionResult Create() => View(new FormViewModel<GlAccountInput>(null, new GlAccountInput()));

    [HttpPost]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Create(GlAccountInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(new FormViewModel<GlAccountInput>(null, input));
        }

        var account = await accounts.CreateAsync(input, ct);
        this.FlashSuccess($"Compte {account.Number} créé.");
        return RedirectToAction(nameof(Details), new { id = account.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        return View(new FormViewModel<GlAccountInput>(id, GlAccountInput.From(await accounts.GetAsync(id, ct))));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Edit(int id, GlAccountInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(new FormViewModel<GlAccountInput>(id, input));
        }

        await accounts.UpdateAsync(id, input, ct);
        this.FlashSuccess("Compte enregistré.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Deactivate(int id, CancellationToken ct)
    {
        await accounts.SetActiveAsync(id, active: false, ct);
        this.FlashSuccess("Compte désactivé : il n'est plus proposé sur les nouvelles lignes.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Reactivate(int id, CancellationToken ct)
    {
        await accounts.SetActiveAsync(id, active: true, ct);
        this.FlashSuccess("Compte réactivé.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Create) => View(refused.Action, new FormViewModel<GlAccountInput>(null, refused.Input<GlAccountInput>())),
            nameof(Edit) => View(refused.Action, new FormViewModel<GlAccountInput>(refused.Id, refused.Input<GlAccountInput>())),
            _ => null,
        });
}
