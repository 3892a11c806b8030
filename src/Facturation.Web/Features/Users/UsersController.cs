using Facturation.Application.Identity;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Users;

/// <summary>Administrators create accounts, assign roles, disable accounts and reset passwords.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class UsersController(UserAdministrationService accounts, UserManager<AppUser> users) : Controller, IRedrawsForm
{
    private const string OneTimePasswordKey = "OneTimePassword";

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new UserListViewModel(await accounts.ListAsync(ct), TempData[OneTimePasswordKey] as string));

    [HttpGet]
    public IActionResult Create() => View(new UserFormViewModel(null, new UserInput()));

    [HttpPost]
    public async Task<IActionResult> Create(UserInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(new UserFormViewModel(null, input));
        }

        var (user, password) = await accounts.CreateAsync(input, ct);
        TempData[OneTimePasswordKey] = $"{user.Email} : {password}";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var user = await accounts.GetAsync(id, ct);
        return View(new UserFormViewModel(id, new UserInput { Email = user.Email, DisplayName = user.DisplayName, Roles = [.. user.Roles] }));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, UserInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(new UserFormViewModel(id, input));
        }

        await accounts.UpdateAsync(id, input, CurrentUserId, ct);
        this.FlashSuccess("Utilisateur enregistré.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Lock(string id)
    {
        await accounts.SetLockedAsync(id, locked: true, CurrentUserId);
        this.FlashSuccess("Compte désactivé.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Unlock(string id)
    {
        await accounts.SetLockedAsync(id, locked: false, CurrentUserId);
        this.FlashSuccess("Compte réactivé.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var password = await accounts.ResetPasswordAsync(id);
        var user = await accounts.GetAsync(id, HttpContext.RequestAborted);
        TempData[OneTimePasswordKey] = $"{user.Email} : {password}";
        return RedirectToAction(nameof(Index));
    }

    private string CurrentUserId => users.GetUserId(User) ?? throw new InvalidOperationException("Signed-in user without id.");

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Create) => View(refused.Action, new UserFormViewModel(null, refused.Input<UserInput>())),
            nameof(Edit) => View(refused.Action, new UserFormViewModel(refused.Arguments["id"] as string, refused.Input<UserInput>())),
            _ => null,
        });
}
