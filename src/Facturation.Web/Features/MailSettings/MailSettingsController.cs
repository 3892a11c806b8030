using Facturation.Application.Mail;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.MailSettings;

/// <summary>SMTP account, sender and invoice email templates (administrators); a test email sent at once.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class MailSettingsController(MailSettingsService settings) : Controller
{
    public const string AccountKey = "SmtpAccount";
    public const string TestRecipientKey = "TestRecipient";

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData[AccountKey] = await settings.AccountAsync(ct);
        ViewData[TestRecipientKey] = User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? User.Identity?.Name;
        return View(MailSettingsInput.From(await settings.GetAsync(ct)));
    }

    [HttpPost]
    public async Task<IActionResult> Index(MailSettingsInput input, CancellationToken ct)
    {
        ViewData[AccountKey] = await settings.AccountAsync(ct);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        await settings.UpdateAsync(input, ct);
        TempData["FlashSuccess"] = "Paramètres e-mail enregistrés.";
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
            TempData["FlashSuccess"] = $"E-mail de test envoyé à {testRecipient!.Trim()}.";
        }
        else
        {
            TempData[DomainExceptionFilter.FlashErrorKey] = error;
        }

        return RedirectToAction(nameof(Index));
    }
}
