using Facturation.Application.Invoicing;
using Facturation.Application.Mail;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.InvoiceMail;

/// <summary>The send screen of a document: recipients, subject and body, then the request goes to the outbox.</summary>
[Authorize(Policy = Policies.Bill)]
[Route("Invoices/{id:int}/Send")]
public sealed class InvoiceMailController(InvoiceMailService mail, InvoiceService invoices, MailSettingsService settings) : Controller, IRedrawsForm
{
    [HttpGet("")]
    public async Task<IActionResult> Send(int id, CancellationToken ct)
    {
        return View(await PageAsync(id, await mail.DefaultsAsync(id, ct), ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Send(int id, SendInvoiceInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(id, input, ct));
        }

        var message = await mail.RequestFromScreenAsync(id, input, User.ToActor(), ct);
        this.FlashSuccess($"Envoi demandé (message n° {message.Id}) : il part dans quelques instants.");
        return this.RedirectToInvoice(id);
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Send) => View(refused.Action, await PageAsync(refused.Id, refused.Input<SendInvoiceInput>(), ct)),
            _ => null,
        };

    private async Task<SendInvoiceViewModel> PageAsync(int id, SendInvoiceInput input, CancellationToken ct) =>
        new(await invoices.GetAsync(id, ct), input, await mail.RecentSendingAsync(id, ct), (await settings.AccountAsync(ct)).Problem);
}
