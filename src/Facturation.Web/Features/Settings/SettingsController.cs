using Facturation.Application.Companies;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Settings;

/// <summary>The company's identity, bank details, billing defaults and logo (administrators only).</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class SettingsController(CompanySettingsService settings) : Controller, IRedrawsForm
{
    // Room above the 1 MB logo limit so that a slightly larger file gets the clear message, not a refused request.
    private const int MaxUploadBytes = 8 * 1024 * 1024;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        return View(await PageAsync(CompanySettingsInput.From(await settings.GetAsync(ct)), ct));
    }

    [HttpPost]
    public async Task<IActionResult> Index(CompanySettingsInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await PageAsync(input, ct));
        }

        await settings.UpdateAsync(input, ct);
        this.FlashSuccess("Paramètres de la société enregistrés.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Logo(CancellationToken ct)
    {
        if (await settings.GetLogoAsync(ct) is not { } logo)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-cache";
        return File(logo.Content, logo.ContentType);
    }

    [HttpGet]
    public async Task<IActionResult> UploadLogo(CancellationToken ct)
    {
        return View(await LogoFormAsync(new LogoUpload(), ct));
    }

    [HttpPost]
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> UploadLogo(LogoUpload input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid || input.Logo is null)
        {
            return View(await LogoFormAsync(input, ct));
        }

        await settings.ReplaceLogoAsync(await input.ReadAsync(ct), input.Logo.ContentType, ct);
        this.FlashSuccess("Logo enregistré : il figurera sur les prochains documents.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> RemoveLogo(CancellationToken ct)
    {
        await settings.RemoveLogoAsync(ct);
        this.FlashSuccess("Logo supprimé.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Index) => View(refused.Action, await PageAsync(refused.Input<CompanySettingsInput>(), ct)),
            nameof(UploadLogo) => View(refused.Action, await LogoFormAsync(refused.Input<LogoUpload>(), ct)),
            _ => null,
        };

    private async Task<SettingsViewModel> PageAsync(CompanySettingsInput input, CancellationToken ct) =>
        new(input, await LogoFormAsync(new LogoUpload(), ct));

    private async Task<LogoFormViewModel> LogoFormAsync(LogoUpload input, CancellationToken ct) =>
        new(input, await settings.HasLogoAsync(ct));
}
