using System.Security.Claims;
using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Editor;
using Facturation.Application.Invoicing.Listing;
using Facturation.Application.Mail;
using Facturation.Domain.Invoicing;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

[Authorize(Policy = Policies.Read)]
public sealed class InvoicesController(InvoiceService invoices, IssuedSnapshotStore issuedSnapshots, DraftEditorService editor) : Controller, IRedrawsForm
{
    public const string FrozenMessage = InvoiceActionMenu.FrozenHelp;

    /// <summary>The list (seed 002, ADR-022): state in the query string; the chosen columns are remembered per user (ADR-032).</summary>
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] InvoiceListParameters parameters, [FromQuery] string[]? cols, [FromServices] InvoiceListService list, [FromServices] ListViewService views, [FromServices] IBusinessClock clock, CancellationToken ct)
    {
        // The chosen columns are remembered per user on the server (ADR-032); the cookie stays as the fallback.
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var settings = await views.SettingsAsync(userId, ListViewService.InvoiceList, ct);
        var columns = InvoiceListColumns.Normalize(cols is { Length: > 0 } ? cols : settings.Columns ?? Request.Cookies[InvoiceListColumns.CookieName]?.Split(','));
        if (cols is { Length: > 0 })
        {
            await views.RememberColumnsAsync(userId, ListViewService.InvoiceList, columns, ct);
            Response.Cookies.Append(InvoiceListColumns.CookieName, string.Join(',', columns), new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }

        var page = await list.PageAsync(parameters.ToQuery(), ct);
        var state = Request.Query.Where(q => q.Key != "cols").ToList();
        return View(new InvoiceListViewModel(page, parameters, state, columns, clock.Today, Request.QueryString.ToString(), settings.Views, Url.InvoiceList()));
    }

    [HttpGet]
    public async Task<IActionResult> Details(
        int id, [FromServices] InvoiceActionMenuSource menus, [FromServices] DossierService dossiers, [FromServices] OutboxService outbox, CancellationToken ct)
    {
        var invoice = await invoices.GetAsync(id, ct);
        var customer = await issuedSnapshots.CustomerBlockAsync(invoice, ct);
        var origin = invoice.OriginInvoiceId is { } originId ? (await invoices.GetAsync(originId, ct)).DisplayNumber : null;
        var dossier = invoice.DossierId is { } dossierId ? await dossiers.GetAsync(dossierId, ct) : null;
        var menu = await menus.ForAsync(invoice, User, Url, ct);
        return View(new InvoiceDetailsViewModel(invoice, customer, origin, menu, dossier, await outbox.ForInvoiceAsync(id, ct)));
    }

    /// <summary>The confirmation page of an irreversible action, for browsers without JavaScript (the dialog's fallback).</summary>
    [HttpGet]
    public async Task<IActionResult> Confirm(int id, string? verb, [FromServices] InvoiceActionMenuSource menus, CancellationToken ct)
    {
        var invoice = await invoices.GetAsync(id, ct);
        var menu = await menus.ForAsync(invoice, User, Url, ct);
        if (menu.Find(verb ?? string.Empty) is not { } action)
        {
            this.FlashError($"Cette action n'est pas possible sur {invoice.DisplayNumber}.");
            return RedirectToAction(nameof(Details), new { id });
        }

        return View("/Features/Shared/Confirm.cshtml", new ConfirmViewModel(action, Url.Action(nameof(Details), new { id })!, invoice.DisplayNumber));
    }

    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Create(InvoiceKind? kind, int? customerId, CancellationToken ct) =>
        View(await EditorPageAsync(null, new InvoiceInput { Kind = kind, CustomerId = customerId, Type = kind == InvoiceKind.CreditNote ? InvoiceType.Manual : null, Lines = [new InvoiceLineInput()] }, ct));

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Create(InvoiceInput input, string? command, string? customerSearch, CancellationToken ct)
    {
        if (await HandleCommandAsync(null, input, command, customerSearch, ct) is { } redisplay)
        {
            return redisplay;
        }

        if (!ModelState.IsValid)
        {
            return View(await EditorPageAsync(null, input, ct));
        }

        DropBlankLines(input);
        if (command == InvoiceEditorCommand.FinalizeAndSendConfirmed)
        {
            return FinalizedToSend(await editor.SaveAndFinalizeAsync(null, input, User.ToActor(), ct));
        }

        var invoice = await invoices.CreateDraftAsync(input, User.ToActor(), ct);
        this.FlashSuccess($"Brouillon {invoice.ProformaNumber} enregistré.");
        return RedirectToAction(nameof(Details), new { id = invoice.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var invoice = await invoices.GetAsync(id, ct);
        if (!invoice.IsDraft)
        {
            this.FlashError(FrozenMessage);
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(await DraftEditorPageAsync(invoice, InvoiceInput.From(invoice), ct));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Edit(int id, InvoiceInput input, string? command, string? customerSearch, CancellationToken ct)
    {
        if (await HandleCommandAsync(id, input, command, customerSearch, ct) is { } redisplay)
        {
            return redisplay;
        }

        if (!ModelState.IsValid)
        {
            return View(await EditorPageAsync(id, input, ct));
        }

        DropBlankLines(input);
        if (command == InvoiceEditorCommand.FinalizeAndSendConfirmed)
        {
            return FinalizedToSend(await editor.SaveAndFinalizeAsync(id, input, User.ToActor(), ct));
        }

        await invoices.UpdateDraftAsync(id, input, User.ToActor(), ct);
        this.FlashSuccess("Brouillon enregistré.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Finalize(int id, CancellationToken ct)
    {
        var invoice = await invoices.FinalizeAsync(id, User.ToActor(), ct);
        this.FlashSuccess($"Document {invoice.Number} émis.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await invoices.DeleteDraftAsync(id, ct);
        this.FlashSuccess("Brouillon supprimé.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Duplicate(int id, CancellationToken ct)
    {
        var copy = await invoices.DuplicateAsync(id, User.ToActor(), ct);
        this.FlashSuccess($"Copie {copy.ProformaNumber} créée.");
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
        this.FlashSuccess($"Document {issued.Number} émis : vérifiez les destinataires puis envoyez-le.");
        return RedirectToAction("Send", "InvoiceMail", new { id = issued.Id });
    }

    /// <summary>
    /// Add/duplicate/remove/move/product/recalculate: re-displays the form without saving (the editor always shows the
    /// aggregate's totals); "finalize-send" re-displays it with the confirmation open. Null for a save.
    /// </summary>
    private async Task<IActionResult?> HandleCommandAsync(int? id, InvoiceInput input, string? command, string? customerSearch, CancellationToken ct)
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

        var matches = command == InvoiceEditorCommand.FindCustomer ? await editor.SearchCustomersAsync(customerSearch, ct) : null;
        var page = await EditorPageAsync(id, input, ct);
        return View(page with { CustomerMatches = matches, FinalizeAndSend = command == InvoiceEditorCommand.FinalizeAndSend });
    }

    /// <summary>The editor page of a new draft (<paramref name="id"/> null) or of a saved one, with the posted input.</summary>
    private async Task<InvoiceEditorViewModel> EditorPageAsync(int? id, InvoiceInput input, CancellationToken ct) =>
        id is { } draftId ? await DraftEditorPageAsync(await invoices.GetAsync(draftId, ct), input, ct) : new(null, null, await EditorAsync(input, ct));

    private async Task<InvoiceEditorViewModel> DraftEditorPageAsync(Invoice draft, InvoiceInput input, CancellationToken ct) =>
        new(draft.Id, draft.DisplayNumber, await EditorAsync(input, ct));

    private async Task<DraftEditorViewModel> EditorAsync(InvoiceInput input, CancellationToken ct) =>
        new(input, await editor.ContextAsync(input, User.ToActor(), ct));

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Create) => View(refused.Action, await EditorPageAsync(null, refused.Input<InvoiceInput>(), ct)),
            nameof(Edit) => View(refused.Action, await EditorPageAsync(refused.Id, refused.Input<InvoiceInput>(), ct)),
            _ => null,
        };
}
