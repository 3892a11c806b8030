using Facturation.Application.Payments.Journal;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.PaymentJournal;

/// <summary>The payments journal (/Payments): every payment and refund, filtered, with totals over all filtered rows (ADR-032).</summary>
[Authorize(Policy = Policies.Read)]
[Route("Payments")]
public sealed class PaymentJournalController(PaymentJournalService journal) : Controller, IRedrawsForm
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] PaymentJournalForm filters, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // An unreadable filter (a malformed date, an unknown method) is shown next to its field, with no rows.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(filters);
        }

        filters.Journal = await journal.PageAsync(filters.ToQuery(), ct);
        filters.CustomerLabel = await journal.CustomerLabelAsync(filters.CustomerId, ct);
        return View(filters);
    }

    /// <summary>The filtered journal as CSV or XLSX (<c>/Payments/Export?format=csv|xlsx&amp;…filters</c>), every row.</summary>
    [HttpGet("Export", Name = Urls.PaymentJournalExportRoute)]
    public async Task<IActionResult> Export([FromQuery] PaymentJournalForm filters, string? format, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), filters);
        }

        return await SpreadsheetFile.FileAsync(this, format, "reglements", "Règlements", () => PaymentJournalExport.Rows(journal, filters.ToQuery(), ct), ct);
    }

    /// <summary>The filter form of the refused page, drawn again with the user's values and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action == nameof(Index) ? View(refused.Action, refused.Input<PaymentJournalForm>()) : null);
}
