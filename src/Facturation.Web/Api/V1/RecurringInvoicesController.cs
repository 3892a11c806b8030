using Facturation.Application.Common;
using Facturation.Application.Recurring;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>Recurring invoices (templates): read by every role, written by billing managers and administrators.</summary>
[Route("api/v1/recurring-invoices")]
public sealed class RecurringInvoicesController(RecurringInvoiceService recurring) : ApiControllerBase
{
    [HttpGet]
    public async Task<PageDto<RecurringInvoiceDto>> List(string? search, int page = 1, int pageSize = ListQuery.DefaultPageSize, CancellationToken ct = default) =>
        (await recurring.ListAsync(new ListQuery(search, page, pageSize), ct)).ToDto(item => RecurringInvoiceDto.From(item.Template));

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<RecurringInvoiceDto> Get(int id, CancellationToken ct) => RecurringInvoiceDto.From(await recurring.GetAsync(id, ct));

    [HttpGet("{id:int}/occurrences")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IReadOnlyList<RecurringOccurrenceDto>> Occurrences(int id, CancellationToken ct)
    {
        await recurring.GetAsync(id, ct);
        return (await recurring.OccurrencesAsync(id, ct)).Select(RecurringOccurrenceDto.From).ToList();
    }

    [HttpPost]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.ManageRecurringInvoices)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<RecurringInvoiceDto>> Create(RecurringInvoiceInput input, CancellationToken ct)
    {
        var template = await recurring.CreateAsync(input, User.ToActor(), ct);
        return CreatedAtAction(nameof(Get), new { id = template.Id }, RecurringInvoiceDto.From(template));
    }

    [HttpPut("{id:int}")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.ManageRecurringInvoices)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<RecurringInvoiceDto> Update(int id, RecurringInvoiceInput input, CancellationToken ct) =>
        RecurringInvoiceDto.From(await recurring.UpdateAsync(id, input, ct));

    [HttpPost("{id:int}/pause")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.ManageRecurringInvoices)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<RecurringInvoiceDto> Pause(int id, CancellationToken ct) => RecurringInvoiceDto.From(await recurring.PauseAsync(id, ct));

    [HttpPost("{id:int}/resume")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.ManageRecurringInvoices)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<RecurringInvoiceDto> Resume(int id, CancellationToken ct) => RecurringInvoiceDto.From(await recurring.ResumeAsync(id, ct));

    /// <summary>Generates the next occurrence now; answers it (document id and number, outcome).</summary>
    [HttpPost("{id:int}/run-now")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.ManageRecurringInvoices)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<RecurringOccurrenceDto> RunNow(int id, CancellationToken ct) =>
        RecurringOccurrenceDto.From(await recurring.RunNowAsync(id, User.ToActor(), ct));
}
