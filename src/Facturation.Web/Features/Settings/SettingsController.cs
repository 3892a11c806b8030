using Facturation.Application.Companies;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Settings;

/// <summary>The company's identity, bank details, billing defaults and logo (administrators only).</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class SettingsController(CompanySettingsService settings) : Controller, IRedrawsForm
{
    public const string HasLogoKey = "HasLogo";

    // Room above the 1 MB logo limit so that a slightly larger file gets the clear message, not a refused request.
    private const int MaxUploadBytes = 8 * 1024 * 1024;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData[HasLogoKey] = await settings.HasLogoAsync(ct);
        return View(CompanySettingsInput.From(await settings.GetAsync(ct)));
    }

    [HttpPost]
    public async Task<IActionResult> Index(CompanySettingsInput input, CancellationToken ct)
    {
        ViewData[HasLogoKey] = await settings.HasLogoAsync(ct);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(input);
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
        ViewData[HasLogoKey] = await settings.HasLogoAsync(ct);
        return View(new LogoUpload());
    }

    [HttpPost]
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> UploadLogo(LogoUpload input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ViewData[HasLogoKey] = await settings.HasLogoAsync(ct);
        if (!ModelState.IsValid || input.Logo is null)
        {
            return View(input);
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
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Index) => View(refused.Action, refused.Input<CompanySettingsInput>()),
            nameof(UploadLogo) => View(refused.Action, refused.Input<LogoUpload>()),
            _ => null,
        });
}
