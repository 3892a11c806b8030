using Facturation.Application.Payments.Journal;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.ChequeRemittances;

/// <summary>Cheque remittance slips: made from the journal's selection, listed, shown and printed (ADR-032).</summary>
[Authorize(Policy = Policies.Read)]
[Route("Payments/Remittances")]
public sealed class ChequeRemittancesController(ChequeRemittanceService remittances) : Controller, IRedrawsForm
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        var slips = await remittances.ListAsync(page, ct);
        return View(new RemittanceListViewModel(slips, new PagerModel(Url.To<ChequeRemittancesController>(nameof(Index)), null, slips.Page, slips.PageCount, slips.Total)));
    }

    /// <summary>A slip of the selected cheques; a refusal (a cheque already paid in, not a cheque…) is shown on the Create page.</summary>
    [HttpPost("")]
    [Authorize(Policy = Policies.RecordPayments)]
    public async Task<IActionResult> Create(RemittanceSelection selection, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(selection);
        }

        var slip = await remittances.CreateAsync(selection.PaymentIds, selection.Date, User.ToActor(), ct);
        this.FlashSuccess($"Bordereau {slip.Number} créé : {slip.Count} chèque(s).");
        return RedirectToAction(nameof(Details), new { id = slip.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var slip = await remittances.GetAsync(id, ct);
        return View(new RemittanceDetailsViewModel(slip, await remittances.ChequesAsync(slip, ct)));
    }

    [HttpGet("{id:int}/Pdf")]
    public async Task<IActionResult> Pdf(int id, bool inline = false, CancellationToken ct = default)
    {
        var pdf = await remittances.PdfAsync(id, ct);
        return inline ? File(pdf.Content, "application/pdf") : File(pdf.Content, "application/pdf", pdf.FileName);
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Create) => View(refused.Action, refused.Input<RemittanceSelection>()),
            _ => null,
        });
}
