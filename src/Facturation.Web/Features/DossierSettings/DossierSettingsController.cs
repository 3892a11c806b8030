using Facturation.Application.Dossiers;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.DossierSettings;

/// <summary>The company's dossier billing settings: deposits as payment requests (AC series), deposit deduction, situation templates.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class DossierSettingsController(DossierService dossiers) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(DossierBillingSettingsInput.From(await dossiers.SettingsAsync(ct)));

    [HttpPost]
    public async Task<IActionResult> Index(DossierBillingSettingsInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(input);
        }

        await dossiers.UpdateSettingsAsync(input, ct);
        this.FlashSuccess("Paramètres des dossiers enregistrés.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Index) => View(refused.Action, refused.Input<DossierBillingSettingsInput>()),
            _ => null,
        });
}
