using Facturation.Application.Corrections;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Corrections;

/// <summary>Credit notes from an issued invoice, cancellation, replacement and penalty invoices (billing managers).</summary>
[Authorize(Policy = Policies.Bill)]
public sealed class CorrectionsController(CorrectionService corrections, InvoiceService invoices) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> CreditNote(int id, CancellationToken ct)
    {
        var invoice = await invoices.GetAsync(id, ct);
        if (invoice.CreditNoteRefusal is { } refusal)
        {
            this.FlashError(refusal);
            return this.RedirectToInvoice(id);
        }

        var lines = invoice.Lines.Where(l => l.Kind == LineKind.Item).OrderBy(l => l.Position)
            .Select(l => new CreditNoteLineInput { Position = l.Position, Quantity = 0 }).ToList();
        return View(new CreditNoteViewModel(invoice, new CreditNoteInput { Type = InvoiceType.Corrective, Lines = lines }));
    }

    [HttpPost]
    public async Task<IActionResult> CreditNote(int id, CreditNoteInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(new CreditNoteViewModel(await invoices.GetAsync(id, ct), input));
        }

        var creditNote = await corrections.CreateCreditNoteAsync(id, input, User.ToActor(), ct);
        this.FlashSuccess($"Avoir {creditNote.ProformaNumber} créé en brouillon : vérifiez-le puis finalisez-le.");
        return this.RedirectToInvoice(creditNote.Id);
    }

    [HttpPost]
    public async Task<IActionResult> Cancel(int id, string? reason, CancellationToken ct)
    {
        var (cancelled, counterpart) = await corrections.CancelAsync(id, reason, User.ToActor(), ct);
        this.FlashSuccess(cancelled.Kind == InvoiceKind.CreditNote
            ? $"Avoir {cancelled.DisplayNumber} annulé par la facture {counterpart.Number}."
            : $"Facture {cancelled.DisplayNumber} annulée par l'avoir {counterpart.Number}.");
        return this.RedirectToInvoice(id);
    }

    [HttpPost]
    public async Task<IActionResult> Replace(int id, string? reason, CancellationToken ct)
    {
        var replacement = await corrections.ReplaceAsync(id, reason, User.ToActor(), ct);
        this.FlashSuccess($"Facture abandonnée ; brouillon de remplacement {replacement.ProformaNumber} créé.");
        return this.RedirectToDraftEditor(replacement.Id);
    }

    [HttpPost]
    public async Task<IActionResult> Penalty(int id, CancellationToken ct)
    {
        var penalty = await corrections.CreatePenaltyAsync(id, User.ToActor(), ct);
        this.FlashSuccess($"Facture de pénalités {penalty.ProformaNumber} créée en brouillon.");
        return this.RedirectToInvoice(penalty.Id);
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(CreditNote) => View(refused.Action, new CreditNoteViewModel(await invoices.GetAsync(refused.Id, ct), refused.Input<CreditNoteInput>())),
            _ => null,
        };
}
