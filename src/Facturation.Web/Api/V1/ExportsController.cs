using Facturation.Application.Accounting.Exports;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>Accounting exports of a period (ADR-017): the FEC and the journal as CSV or XLSX.</summary>
[Route("api/v1/exports")]
[Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Export)]
public sealed class ExportsController(AccountingExportService exports) : ApiControllerBase
{
    /// <summary>The FEC (sales and bank journals) of the period, named <c>{SIREN}FEC{to:yyyyMMdd}.txt</c>.</summary>
    [HttpGet("fec")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public Task<IActionResult> Fec([FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        this.ExportFileAsync(exports, AccountingExportFormat.Fec, AccountingPeriod.Of(from, to), ct);

    /// <summary>The same entries as a journal for accounting software: <c>format=csv</c> (default) or <c>xlsx</c>.</summary>
    [HttpGet("journal")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public Task<IActionResult> Journal([FromQuery] DateOnly? from, [FromQuery] DateOnly? to, [FromQuery] string? format, CancellationToken ct) =>
        this.ExportFileAsync(exports, AccountingExportService.JournalFormat(format), AccountingPeriod.Of(from, to), ct);
}
