using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Editor;
using Facturation.Application.Invoicing.Listing;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

[Authorize(Policy = Policies.Read)]
public sealed class InvoicesController(InvoiceService invoices, IssuedSnapshotStore issuedSnapshots) : Controller
{
    public const string FrozenMessage = "Document émis : modification impossible, établissez un avoir.";

    /// <summary>The list (seed 002, ADR-022): state in the query string; the chosen columns are remembered in a cookie.</summary>
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] InvoiceListParameters parameters, [FromQuery] string[]? cols, [FromServices] InvoiceListService list, [FromServices] IBusinessClock clock, CancellationToken ct)
    {
        var columns = InvoiceListColumns.Normalize(cols is { Length: > 0 } ? cols : Request.Cookies[InvoiceListColumns.CookieName]?.Split(','));
        if (cols is { Length: > 0 })
        {
            Response.Cookies.Append(InvoiceListColumns.CookieName, string.Join(',', columns), new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }

        var page = await list.PageAsync(parameters.ToQuery(), ct);
        var state = Request.Query.Where(q => q.Key != "cols").ToList();
        return View(new InvoiceListViewModel(page, parameters, state, columns, clock.Today));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var invoice = await invoices.GetAsync(id, ct);
        var customer = await issuedSnapshots.CustomerBlockAsync(invoice, ct);
        var origin = invoice.OriginInvoiceId is { } originId ? (await invoices.GetAsync(originId, ct)).DisplayNumber : null;
        return View(new InvoiceDetailsViewModel(invoice, customer, origin));
    }

    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public IActionResult Create(InvoiceKind? kind) =>
        View(new InvoiceInput { Kind = kind, Type = kind == InvoiceKind.CreditNote ? InvoiceType.Manual : null, Lines = [new InvoiceLineInput()] });

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Create(InvoiceInput input, string? command, string? customerSearch, [FromServices] DraftEditorService editor, CancellationToken ct)
    {
        if (await HandleCommandAsync(input, command, customerSearch, editor, ct) is { } redisplay)
        {
            return redisplay;
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        DropBlankLines(input);
        if (command == InvoiceEditorCommand.FinalizeAndSendConfirmed)
        {
            return FinalizedToSend(await editor.SaveAndFinalizeAsync(null, input, User.ToActor(), ct));
        }

        var invoice = await invoices.CreateDraftAsync(input, User.ToActor(), ct);
        TempData["FlashSuccess"] = $"Brouillon {invoice.ProformaNumber} enregistré.";
        return RedirectToAction(nameof(Details), new { id = invoice.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var invoice = await invoices.GetAsync(id, ct);
        if (!invoice.IsDraft)
        {
            TempData[DomainExceptionFilter.FlashErrorKey] = FrozenMessage;
            return RedirectToAction(nameof(Details), new { id });
        }

        ViewData["InvoiceId"] = id;
        ViewData["DisplayNumber"] = invoice.DisplayNumber;
        return View(InvoiceInput.From(invoice));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Edit(int id, InvoiceInput input, string? command, string? customerSearch, [FromServices] DraftEditorService editor, CancellationToken ct)
    {
        ViewData["InvoiceId"] = id;
        if (await HandleCommandAsync(input, command, customerSearch, editor, ct) is { } redisplay)
        {
            return redisplay;
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        DropBlankLines(input);
        if (command == InvoiceEditorCommand.FinalizeAndSendConfirmed)
        {
            return FinalizedToSend(await editor.SaveAndFinalizeAsync(id, input, User.ToActor(), ct));
        }

        await invoices.UpdateDraftAsync(id, input, User.ToActor(), ct);
        TempData["FlashSuccess"] = "Brouillon enregistré.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Finalize(int id, CancellationToken ct)
    {
        var invoice = await invoices.FinalizeAsync(id, User.ToActor(), ct);
        TempData["FlashSuccess"] = $"Document {invoice.Number} émis.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await invoices.DeleteDraftAsync(id, ct);
        TempData["FlashSuccess"] = "Brouillon supprimé.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Duplicate(int id, CancellationToken ct)
    {
        var copy = await invoices.DuplicateAsync(id, User.ToActor(), ct);
        TempData["FlashSuccess"] = $"Copie {copy.ProformaNumber} créée.";
        return RedirectToAction(nameof(Edit), new { id = copy.Id });
    }

    /// <summary>
    /// The service ignores blank rows; dropping them here keeps the line indexes of its field errors
    /// (Lines[i].TaxCode…) aligned with the rows re-displayed if it refuses the draft.
    /// </summary>
    private void DropBlankLines(InvoiceInput input)
    {
        if (input.Lines.RemoveAll(l => l.IsBlank) > 0)
        {
            ModelState.Clear();
        }
    }

    /// <summary>The short path's last step: the document is issued, the send screen (recipients to check) opens.</summary>
    private RedirectToActionResult FinalizedToSend(Invoice issued)
    {
        TempData["FlashSuccess"] = $"Document {issued.Number} émis : vérifiez les destinataires puis envoyez-le.";
        return RedirectToAction("Send", "InvoiceMail", new { id = issued.Id });
    }

    /// <summary>
    /// Add/duplicate/remove/move/product/recalculate: re-displays the form without saving (the editor always shows the
    /// aggregate's totals); "finalize-send" re-displays it with the confirmation open. Null for a save.
    /// </summary>
    private async Task<IActionResult?> HandleCommandAsync(InvoiceInput input, string? command, string? customerSearch, DraftEditorService editor, CancellationToken ct)
    {
        if (!InvoiceEditorCommand.Apply(input, command))
        {
            return null;
        }

        // The re-displayed rows must show the moved values, not the values posted at the old positions.
        ModelState.Clear();
        if (InvoiceEditorCommand.ProductRow(command, input) is { } line)
        {
            await editor.FillFromProductAsync(line, ct);
        }

        if (command == InvoiceEditorCommand.FindCustomer)
        {
            ViewData[InvoiceEditorCommand.FindCustomer] = await editor.SearchCustomersAsync(customerSearch, ct);
        }

        ViewData[InvoiceEditorCommand.FinalizeAndSend] = command == InvoiceEditorCommand.FinalizeAndSend;
        return View(input);
    }
}
