using Facturation.Application.Common;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/invoices")]
public sealed class InvoicesController(InvoiceService invoices) : ApiControllerBase
{
    [HttpGet]
    public async Task<PageDto<InvoiceDto>> List(
        InvoiceStatus? status,
        int? customerId,
        InvoiceKind? kind,
        string? search,
        DateOnly? from,
        DateOnly? to,
        int page = 1,
        int pageSize = ListQuery.DefaultPageSize,
        bool notDownloaded = false,
        bool overdue = false,
        CancellationToken ct = default) =>
        (await invoices.ListAsync(new InvoiceListQuery(status, customerId, kind, search, from, to, Page: page, PageSize: pageSize, NotDownloaded: notDownloaded, Overdue: overdue), ct)).ToDto(Document);

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
