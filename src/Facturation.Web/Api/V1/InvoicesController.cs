using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Web.Features.Invoices;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/invoices")]
public sealed class InvoicesController(InvoiceService invoices) : ApiControllerBase
{
    /// <summary>The list (ADR-022): filters, quick filters, any-column sort, summary over every filtered row, keyset cursor.</summary>
    [HttpGet]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<InvoiceListDto> List([FromQuery] InvoiceListParameters parameters, [FromServices] InvoiceListService list, [FromServices] IBusinessClock clock, CancellationToken ct) =>
        InvoiceListDto.From(await list.PageAsync(parameters.ToQuery(), ct), clock.Today);

    /// <summary>A ZIP of the documents' PDFs named by number (archived files as issued, drafts as watermarked previews).</summary>
    [HttpPost("archive")]
    [Produces("application/zip")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<IActionResult> Archive(InvoiceArchiveRequest request, [FromServices] InvoiceZipArchive archive, CancellationToken ct) =>
        InvoiceListFiles.ZipAsync(this, archive, request?.InvoiceIds, InvoiceDownloadService.ApiChannel, ct);

    /// <summary>The filtered list as CSV or XLSX (same filters as the list; <c>cols=</c> chooses the columns, all by default).</summary>
    [HttpGet("export")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public Task<IActionResult> Export([FromQuery] InvoiceListParameters parameters, [FromQuery] string? format, [FromQuery] string[]? cols, [FromServices] InvoiceListService list, [FromServices] IBusinessClock clock, CancellationToken ct) =>
        InvoiceListFiles.ExportAsync(this, new InvoiceListExport(list, clock), parameters, format, InvoiceListColumns.Normalize(cols), ct);

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public Task<InvoiceDto> Get(int id, [FromServices] InvoiceResource resource, CancellationToken ct) => resource.GetAsync(id, ct);

    [HttpPost]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<InvoiceDto>> Create(InvoiceInput input, CancellationToken ct)
    {
        var invoice = await invoices.CreateDraftAsync(input, User.ToActor(), ct);
        return CreatedAtAction(nameof(Get), new { id = invoice.Id }, Document(invoice));
    }

    [HttpPut("{id:int}")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<InvoiceDto> Update(int id, InvoiceInput input, CancellationToken ct) =>
        Document(await invoices.UpdateDraftAsync(id, input, User.ToActor(), ct));

    [HttpDelete("{id:int}")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await invoices.DeleteDraftAsync(id, ct);
        return NoContent();
    }

    [HttpPost("{id:int}/finalize")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<InvoiceDto> Finalize(int id, CancellationToken ct) =>
        Document(await invoices.FinalizeAsync(id, User.ToActor(), ct));

    [HttpPost("{id:int}/duplicate")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<InvoiceDto>> Duplicate(int id, CancellationToken ct)
    {
        var copy = await invoices.DuplicateAsync(id, User.ToActor(), ct);
        return CreatedAtAction(nameof(Get), new { id = copy.Id }, Document(copy));
    }
}
