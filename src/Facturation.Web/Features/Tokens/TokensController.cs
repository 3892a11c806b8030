using Facturation.Application.Identity;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Tokens;

/// <summary>Each user lists, creates and revokes their own API tokens.</summary>
[Authorize]
[Route("Account/Tokens")]
public sealed class TokensController(ApiTokenService tokens, UserManager<AppUser> users) : Controller, IRedrawsForm
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new TokensViewModel(await tokens.ListAsync(UserId, ct), TempData["NewToken"] as string, new CreateTokenInput()));

    [HttpPost("")]
    public async Task<IActionResult> Create(CreateTokenInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), new TokensViewModel(await tokens.ListAsync(UserId, ct), null, input));
        }

        var issued = await tokens.CreateAsync(UserId, input.Name, ct);
        TempData["NewToken"] = issued.Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, CancellationToken ct)
    {
        await tokens.RevokeAsync(UserId, id, ct);
        this.FlashSuccess("Jeton révoqué.");
        return RedirectToAction(nameof(Index));
    }

    private string UserId => users.GetUserId(User) ?? throw new InvalidOperationException("Signed-in user without id.");

    /// <summary>A refused token name is shown again on the list page, where the creation form lives.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action == nameof(Create)
            ? View(nameof(Index), new TokensViewModel(await tokens.ListAsync(UserId, ct), null, refused.Input<CreateTokenInput>()))
            : null;
}
