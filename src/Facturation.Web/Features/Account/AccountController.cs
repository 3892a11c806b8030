using Facturation.Application.Identity;
using Facturation.Web.Features.Home;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Account;

/// <summary>Sign-in, sign-out and password change for every role.</summary>
public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, PasswordSignInService passwordSignIn) : Controller, IRedrawsForm
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var outcome = await passwordSignIn.SignInAsync(input.Email!.Trim(), input.Password!, input.RememberMe, address, ct);
        if (outcome.Status == SignInStatus.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, outcome.Status switch
        {
            SignInStatus.Throttled => $"Trop de tentatives : connexion verrouillée temporairement. Réessayez dans {Math.Ceiling(outcome.RetryAfter!.Value.TotalSeconds)} s.",
            SignInStatus.Disabled => "Compte verrouillé : il a été désactivé par un administrateur.",
            SignInStatus.Failed or SignInStatus.Succeeded => "E-mail ou mot de passe incorrect.",
        });
        return View(input);
    }

    [Authorize]
    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [Authorize]
    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [Authorize]
    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return View(input);
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        this.FlashSuccess("Mot de passe modifié.");
        return RedirectToAction(nameof(HomeController.Index), Urls.ControllerName<HomeController>());
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Login) => View(refused.Action, refused.Input<LoginInput>()),
            nameof(ChangePassword) => View(refused.Action, refused.Input<ChangePasswordInput>()),
            _ => null,
        });
}
