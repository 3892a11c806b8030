using Facturation.Application.Payments.Journal;
using Facturation.Domain.Payments;
using Facturation.Web.Features.PaymentJournal;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>The payments journal and cheque remittance slips (ADR-032).</summary>
[Route("api/v1/payments")]
public sealed class PaymentJournalController(PaymentJournalService journal, ChequeRemittanceService remittances) : ApiControllerBase
{
    /// <summary>Payments and refunds, newest first, filtered as on /Payments, with <c>summary</c> over every filtered row.</summary>
    [HttpGet]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<PaymentJournalDto> List(
        DateOnly? from, DateOnly? to, PaymentMethod? method, int? customerId, bool? voided, PaymentDirection? direction, bool? onSlip,
        int page = 1, int pageSize = PaymentJournalQuery.DefaultPageSize, CancellationToken ct = default) =>
        PaymentJournalDto.From(await journal.PageAsync(new PaymentJournalQuery(from, to, method, customerId, voided, direction, onSlip, page, pageSize), ct));

    /// <summary>The filtered journal as a file: <c>GET /api/v1/payments/export?format=csv|xlsx&amp;…same filters</c>.</summary>
    [HttpGet("export")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public Task<IActionResult> Export(
        DateOnly? from, DateOnly? to, PaymentMethod? method, int? customerId, bool? voided, PaymentDirection? direction, bool? onSlip, string? format,
        CancellationToken ct = default) =>
        SpreadsheetFile.FileAsync(this, format, "reglements", "Règlements", () => PaymentJournalExport.Rows(journal, new PaymentJournalQuery(from, to, method, customerId, voided, direction, onSlip), ct), ct);

    /// <summary>A remittance slip of received cheques; 409 when one of them is already on a slip.</summary>
    [HttpPost("remittances")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.RecordPayments)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<ChequeRemittanceDto>> CreateRemittance(RemittanceRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var slip = await remittances.CreateAsync(request.PaymentIds ?? [], request.Date, User.ToActor(), ct);
        return Created($"/api/v1/payments/remittances/{slip.Id}", ChequeRemittanceDto.From(slip));
    }

    [HttpGet("remittances/{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ChequeRemittanceDto> Remittance(int id, CancellationToken ct) => ChequeRemittanceDto.From(await remittances.GetAsync(id, ct));

    [HttpGet("remittances/{id:int}/pdf")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> RemittancePdf(int id, CancellationToken ct)
    {
        var pdf = await remittances.PdfAsync(id, ct);
        return File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
