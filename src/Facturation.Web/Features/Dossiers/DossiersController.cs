using Facturation.Application.Companies;
using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Domain.Dossiers;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Dossiers;

/// <summary>Dossier screens: list with progress, form, view with its documents, and billing from it (issue 7).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DossiersController(DossierService dossiers, DossierBillingService billing, InvoiceService invoices, IAuthorizationService authorization) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] CompanySettingsService company, DossierStatus? status, string? search, int page = 1, CancellationToken ct = default)
    {
        var result = await dossiers.ListAsync(new DossierListQuery(status, null, search, Math.Max(1, page)), ct);
        return View(new DossierListViewModel(result, status, search, (await company.GetAsync(ct)).Currency, Url.To<DossiersController>(nameof(Index))));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, [FromServices] CompanySettingsService company, CancellationToken ct)
    {
        var dossierBilling = await dossiers.BillingAsync(id, ct);
        var canBill = (await authorization.AuthorizeAsync(User, Policies.Bill)).Succeeded;
        return View(new DossierDetailsViewModel(
            dossierBilling,
            await dossiers.CustomerNameAsync(dossierBilling.Dossier.CustomerId, ct),
            DossierActionMenu.For(dossierBilling, canBill, Url),
            (await company.GetAsync(ct)).Currency));
    }

    /// <summary>The confirmation page of closing the dossier, for browsers without JavaScript.</summary>
    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Confirm(int id, string? verb, CancellationToken ct)
    {
        var dossierBilling = await dossiers.BillingAsync(id, ct);
        if (DossierActionMenu.For(dossierBilling, canBill: true, Url).Find(verb ?? string.Empty) is not { } action)
        {
            this.FlashError($"Cette action n'est pas possible sur le dossier {dossierBilling.Dossier.Number}.");
            return RedirectToAction(nameof(Details), new { id });
        }

        return View("/Features/Shared/Confirm.cshtml", new ConfirmViewModel(action, Url.Action(nameof(Details), new { id })!, $"Dossier {dossierBilling.Dossier.Number}"));
    }

    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Create(CancellationToken ct) => View(await FormPageAsync(null, DossierForm.WithBlankLines(new DossierInput()), ct));

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Create(DossierInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await FormPageAsync(null, input, ct));
        }

        DropBlankLines(input);
        var dossier = await dossiers.CreateAsync(input, ct);
        this.FlashSuccess($"Dossier {dossier.Number} créé.");
        return RedirectToAction(nameof(Details), new { id = dossier.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        View(await FormPageAsync(id, DossierForm.WithBlankLines(DossierInput.From(await dossiers.GetAsync(id, ct))), ct));

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Edit(int id, DossierInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await FormPageAsync(id, input, ct));
        }

        DropBlankLines(input);
        await dossiers.UpdateAsync(id, input, ct);
        this.FlashSuccess("Dossier enregistré.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Accept(int id, AcceptDossierInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new FormViewModel<AcceptDossierInput>(id, input));
        }

        var dossier = await dossiers.AcceptAsync(id, input, ct);
        this.FlashSuccess($"Dossier {dossier.Number} accepté.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Close(int id, CancellationToken ct)
    {
        var dossier = await dossiers.CloseAsync(id, ct);
        this.FlashSuccess($"Dossier {dossier.Number} clos.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Invoice(int id, CancellationToken ct) =>
        Created(await billing.CreateInvoiceAsync(id, User.ToActor(), ct));

    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Deposit(int id, CancellationToken ct) => View(await DepositPageAsync(id, new DepositInput { Percent = 30 }, ct));

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Deposit(int id, DepositInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await DepositPageAsync(id, input, ct));
        }

        return Created(await billing.CreateDepositAsync(id, input, User.ToActor(), ct));
    }

    [HttpGet]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Situation(int id, CancellationToken ct)
    {
        var current = await dossiers.BillingAsync(id, ct);
        var settings = await dossiers.SettingsAsync(ct);
        return View(new SituationViewModel(id, current, new SituationInput
        {
            DepositDeduction = settings.DefaultDeduction,
            Lines = current.LineProgress().Select(p => new SituationLineInput { DossierLineId = p.Line.Id, Percent = p.ProgressPercent }).ToList(),
        }));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Situation(int id, SituationInput input, string? command, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await SituationPageAsync(id, input, ct));
        }

        if (command == "preview")
        {
            var preview = await billing.PreviewSituationAsync(id, input, User.ToActor(), ct);
            return View(await SituationPageAsync(id, input, ct) with { Preview = preview });
        }

        return Created(await billing.CreateSituationAsync(id, input, User.ToActor(), ct));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> Balance(int id, CancellationToken ct) =>
        Created(await billing.CreateBalanceAsync(id, User.ToActor(), ct));

    [HttpPost]
    [Authorize(Policy = Policies.Bill)]
    public async Task<IActionResult> InvoiceBatch(InvoiceBatchInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            this.FlashError(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
            return RedirectToAction(nameof(Index));
        }

        return View("BatchResult", await billing.InvoiceBatchAsync(input, User.ToActor(), ct));
    }

    private RedirectToActionResult Created(Domain.Invoicing.Invoice invoice)
    {
        this.FlashSuccess($"Brouillon {invoice.ProformaNumber} créé depuis le dossier.");
        return this.RedirectToInvoice(invoice.Id);
    }

    private void DropBlankLines(DossierInput input)
    {
        if (input.Lines.RemoveAll(l => l.IsBlank) > 0)
        {
            ModelState.Clear();
        }
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Create) => View(refused.Action, await FormPageAsync(null, refused.Input<DossierInput>(), ct)),
            nameof(Edit) => View(refused.Action, await FormPageAsync(refused.Id, refused.Input<DossierInput>(), ct)),
            nameof(Accept) => View(refused.Action, new FormViewModel<AcceptDossierInput>(refused.Id, refused.Input<AcceptDossierInput>())),
            nameof(Deposit) => View(refused.Action, await DepositPageAsync(refused.Id, refused.Input<DepositInput>(), ct)),
            nameof(Situation) => View(refused.Action, await SituationPageAsync(refused.Id, refused.Input<SituationInput>(), ct)),
            _ => null,
        };

    private async Task<DossierFormViewModel> FormPageAsync(int? id, DossierInput input, CancellationToken ct) =>
        new(id, input, await invoices.EditorChoicesAsync(ct));

    private async Task<DepositViewModel> DepositPageAsync(int id, DepositInput input, CancellationToken ct) =>
        new(id, await dossiers.BillingAsync(id, ct), input);

    private async Task<SituationViewModel> SituationPageAsync(int id, SituationInput input, CancellationToken ct) =>
        new(id, await dossiers.BillingAsync(id, ct), input);
}
