using Facturation.Application.Mail;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.MailSettings;

/// <summary>SMTP account, sender and invoice email templates (administrators); a test email sent at once.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class MailSettingsController(MailSettingsService settings) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        return View(await PageAsync(MailSettingsInput.From(await settings.GetAsync(ct)), ct));
    }

    [HttpPost]
    public async Task<IActionResult> Index(MailSettingsInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(input, ct));
        }

        await settings.UpdateAsync(input, ct);
        this.FlashSuccess("Paramètres e-mail enregistrés.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> SendTest(string? testRecipient, CancellationToken ct)
    {
        var error = EmailAddresses.IsValid(testRecipient?.Trim())
            ? await settings.SendTestAsync(testRecipient!.Trim(), ct)
            : "Indiquez une adresse e-mail valide pour le test.";
        if (error is null)
        {
            this.FlashSuccess($"E-mail de test envoyé à {testRecipient!.Trim()}.");
        }
        else
        {
            this.FlashError(error);
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Index) => View(refused.Action, await PageAsync(refused.Input<MailSettingsInput>(), ct)),
            _ => null,
        };

    private async Task<MailSettingsViewModel> PageAsync(MailSettingsInput input, CancellationToken ct) =>
        new(input, await settings.AccountAsync(ct), User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? User.Identity?.Name);
}
