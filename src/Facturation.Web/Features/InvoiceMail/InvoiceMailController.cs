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
    public const string InvoiceKey = "Invoice";
    public const string RecentKey = "RecentSending";
    public const string SmtpProblemKey = "SmtpProblem";

    [HttpGet("")]
    public async Task<IActionResult> Send(int id, CancellationToken ct)
    {
        ViewData[InvoiceKey] = await invoices.GetAsync(id, ct);
        ViewData[RecentKey] = await mail.RecentSendingAsync(id, ct);
        ViewData[SmtpProblemKey] = (await settings.AccountAsync(ct)).Problem;
        return View(await mail.DefaultsAsync(id, ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Send(int id, SendInvoiceInput input, CancellationToken ct)
    {
        ViewData[InvoiceKey] = await invoices.GetAsync(id, ct);
        ViewData[RecentKey] = await mail.RecentSendingAsync(id, ct);
        ViewData[SmtpProblemKey] = (await settings.AccountAsync(ct)).Problem;
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var message = await mail.RequestFromScreenAsync(id, input, User.ToActor(), ct);
        this.FlashSuccess($"Envoi demandé (message n° {message.Id}) : il part dans quelques instants.");
        return this.RedirectToInvoice(id);
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Send) => View(refused.Action, refused.Input<SendInvoiceInput>()),
            _ => null,
        });
}
