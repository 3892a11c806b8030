using Facturation.Application.Accounting.Exports;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Exports;

/// <summary>The Exports screen: a period (with presets) and the FEC, journal CSV and journal XLSX downloads.</summary>
[Authorize(Policy = Policies.Export)]
public sealed class ExportsController(AccountingExportService exports, TimeProvider clock) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(ExportRequest input, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(input.Download) || !ModelState.IsValid)
        {
            if (!ModelState.IsValid)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }

            return View(Page(input));
        }

        var format = input.Download == "fec" ? AccountingExportFormat.Fec : AccountingExportService.JournalFormat(input.Download);
        return await this.ExportFileAsync(exports, format, AccountingPeriod.Of(input.From, input.To), ct);
    }

    /// <summary>A refused period is shown again on the export form, with the user's dates and the presets.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action == nameof(Index) ? View(refused.Action, Page(refused.Input<ExportRequest>())) : null);

    private ExportsViewModel Page(ExportRequest input) => new(input, PeriodPreset.Around(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)));
}
