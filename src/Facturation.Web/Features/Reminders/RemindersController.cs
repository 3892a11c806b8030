using Facturation.Application.Reminders;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Reminders;

/// <summary>The Relances screen: overdue invoices whose next reminder is due today, sent by selection (ADR-020).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class RemindersController(ReminderService reminders, LitigationService litigation) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await reminders.DueAsync(ct));

    /// <summary>Sends the checked invoices' reminders; the flash says how many went out and why the others did not.</summary>
    [HttpPost]
    public async Task<IActionResult> Send(List<int>? invoiceIds, CancellationToken ct)
    {
        if (invoiceIds is not { Count: > 0 })
        {
            this.FlashError("Cochez au moins une facture à relancer.");
            return RedirectToAction(nameof(Index));
        }

        var outcomes = await reminders.SendAsync(invoiceIds.Take(500).ToList(), User.ToActor(), ct);
        var sent = outcomes.Count(o => o.Sent);
        this.FlashSuccess(sent == 1 ? "1 relance envoyée." : $"{sent} relances envoyées.");
        if (outcomes.Where(o => !o.Sent).Select(o => o.Reason).ToList() is { Count: > 0 } reasons)
        {
            this.FlashError(string.Join(" ", reasons));
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>The PDF letter sent with a reminder (levels with "Joindre une lettre PDF"), shown in the browser.</summary>
    [HttpGet("/Reminders/Letter/{id:int}")]
    public async Task<IActionResult> Letter(int id, CancellationToken ct) => this.PdfFile(await reminders.LetterAsync(id, ct), inline: true);

    /// <summary>"En litige": the customer contests the invoice; no reminder goes out until the litigation ends.</summary>
    [HttpPost("/Reminders/Litigation/{id:int}"), Authorize(Policy = Policies.RecordPayments)]
    public async Task<IActionResult> Litigation(int id, string? reason, CancellationToken ct)
    {
        await litigation.OpenAsync(id, reason, User.ToActor(), ct);
        this.FlashSuccess("Facture mise en litige : elle ne sera plus relancée.");
        return this.RedirectToInvoice(id);
    }

    [HttpPost("/Reminders/EndLitigation/{id:int}"), Authorize(Policy = Policies.RecordPayments)]
    public async Task<IActionResult> EndLitigation(int id, CancellationToken ct)
    {
        await litigation.CloseAsync(id, User.ToActor(), ct);
        this.FlashSuccess("Litige levé.");
        return this.RedirectToInvoice(id);
    }
}
