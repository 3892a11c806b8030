using Facturation.Application.Accounting;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.AccountingSettings;

/// <summary>Settings › Comptabilité: the accounts and journals of the accounting exports, and a VAT account per tax code.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AccountingSettingsController(AccountingSettingsService settings) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await settings.GetAsync(ct));

    [HttpPost]
    public async Task<IActionResult> Index(AccountingSettingsInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(input);
        }

        await settings.UpdateAsync(input, ct);
        this.FlashSuccess("Paramètres comptables enregistrés.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Index) => View(refused.Action, refused.Input<AccountingSettingsInput>()),
            _ => null,
        });
}
