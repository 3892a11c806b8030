using Facturation.Application.Common;
using Facturation.Application.Invoicing;
using Facturation.Application.Recurring;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.RecurringInvoices;

/// <summary>The *Factures récurrentes* screens: list, form, detail with the generated documents, pause/resume, run now.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class RecurringInvoicesController(RecurringInvoiceService recurring, InvoiceService invoices) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken ct = default) =>
        View(new RecurringInvoiceListViewModel(await recurring.ListAsync(new ListQuery(search, page), ct), search, Url.To<RecurringInvoicesController>(nameof(Index))));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var template = await recurring.GetAsync(id, ct);
        var customer = await recurring.CustomerNameAsync(template.CustomerId, ct) ?? string.Empty;
        return View(new RecurringInvoiceDetailsViewModel(template, customer, await recurring.OccurrencesAsync(id, ct)));
    }

    [HttpGet]
    [Authorize(Policy = Policies.ManageRecurringInvoices)]
    public async Task<IActionResult> Create(int? customerId, CancellationToken ct)
    {
        return View(await FormPageAsync(null, new RecurringInvoiceInput { CustomerId = customerId, Interval = 1 }, ct));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageRecurringInvoices)]
    public async Task<IActionResult> Create(RecurringInvoiceInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await FormPageAsync(null, input, ct));
        }

        var template = await recurring.CreateAsync(input, User.ToActor(), ct);
        this.FlashSuccess("Facture récurrente créée.");
        return RedirectToAction(nameof(Details), new { id = template.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ManageRecurringInvoices)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        return View(await FormPageAsync(id, RecurringInvoiceInput.From(await recurring.GetAsync(id, ct)), ct));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageRecurringInvoices)]
    public async Task<IActionResult> Edit(int id, RecurringInvoiceInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await FormPageAsync(id, input, ct));
        }

        await recurring.UpdateAsync(id, input, ct);
        this.FlashSuccess("Facture récurrente enregistrée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageRecurringInvoices)]
    public async Task<IActionResult> Pause(int id, CancellationToken ct)
    {
        await recurring.PauseAsync(id, ct);
        this.FlashSuccess("Facture récurrente suspendue : aucune occurrence ne sera générée jusqu'à sa reprise.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageRecurringInvoices)]
    public async Task<IActionResult> Resume(int id, CancellationToken ct)
    {
        await recurring.ResumeAsync(id, ct);
        this.FlashSuccess("Facture récurrente reprise.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageRecurringInvoices)]
    public async Task<IActionResult> RunNow(int id, CancellationToken ct)
    {
        var occurrence = await recurring.RunNowAsync(id, User.ToActor(), ct);
        this.FlashSuccess($"Document {occurrence.DocumentNumber} généré.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Create) => View(refused.Action, await FormPageAsync(null, refused.Input<RecurringInvoiceInput>(), ct)),
            nameof(Edit) => View(refused.Action, await FormPageAsync(refused.Id, refused.Input<RecurringInvoiceInput>(), ct)),
            _ => null,
        };

    private async Task<RecurringInvoiceFormViewModel> FormPageAsync(int? id, RecurringInvoiceInput input, CancellationToken ct) =>
        new(id, input, await invoices.EditorChoicesAsync(ct));
}
