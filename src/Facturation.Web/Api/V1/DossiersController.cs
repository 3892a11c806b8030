using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>Dossiers and what is billed from them (issue 7). Rule violations are 409 / 400 problem details.</summary>
[Route("api/v1/dossiers")]
public sealed class DossiersController(DossierService dossiers, DossierBillingService billing, InvoiceService invoices) : ApiControllerBase
{
    [HttpGet]
    public async Task<PageDto<DossierListItemDto>> List(DossierStatus? status, int? customerId, string? search, int page = 1, int pageSize = Application.Common.ListQuery.DefaultPageSize, CancellationToken ct = default) =>
        (await dossiers.ListAsync(new DossierListQuery(status, customerId, search, page, pageSize), ct)).ToDto(DossierListItemDto.From);

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<DossierDto> Get(int id, CancellationToken ct) => DossierDto.From(await dossiers.BillingAsync(id, ct));

    [HttpPost]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<DossierDto>> Create(DossierInput input, CancellationToken ct)
    {
        var dossier = await dossiers.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = dossier.Id }, DossierDto.From(await dossiers.BillingAsync(dossier.Id, ct)));
    }

    [HttpPut("{id:int}")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<DossierDto> Update(int id, DossierInput input, CancellationToken ct)
    {
        await dossiers.UpdateAsync(id, input, ct);
        return DossierDto.From(await dossiers.BillingAsync(id, ct));
    }

    [HttpPost("{id:int}/accept")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<DossierDto> Accept(int id, AcceptDossierInput input, CancellationToken ct)
    {
        await dossiers.AcceptAsync(id, input, ct);
        return DossierDto.From(await dossiers.BillingAsync(id, ct));
    }

    [HttpPost("{id:int}/close")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<DossierDto> Close(int id, CancellationToken ct)
    {
        await dossiers.CloseAsync(id, ct);
        return DossierDto.From(await dossiers.BillingAsync(id, ct));
    }

    [HttpPost("{id:int}/invoice")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<InvoiceDto>> Invoice(int id, CancellationToken ct) =>
        Created(await billing.CreateInvoiceAsync(id, User.ToActor(), ct));

    [HttpPost("{id:int}/deposits")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<InvoiceDto>> Deposit(int id, DepositInput input, CancellationToken ct) =>
        Created(await billing.CreateDepositAsync(id, input, User.ToActor(), ct));

    [HttpPost("{id:int}/situations")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<InvoiceDto>> Situation(int id, SituationInput input, CancellationToken ct) =>
        Created(await billing.CreateSituationAsync(id, input, User.ToActor(), ct));

    [HttpPost("{id:int}/balance")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<InvoiceDto>> Balance(int id, CancellationToken ct) =>
        Created(await billing.CreateBalanceAsync(id, User.ToActor(), ct));

    [HttpPost("invoice-batch")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Bill)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<InvoiceBatchResultDto>> InvoiceBatch(InvoiceBatchInput input, CancellationToken ct)
    {
        var outcomes = await billing.InvoiceBatchAsync(input, User.ToActor(), ct);
        var created = new List<InvoiceDto>();
        foreach (var id in outcomes.Select(o => o.InvoiceId).OfType<int>())
        {
            created.Add(Document(await invoices.GetAsync(id, ct)));
        }

        var dtos = outcomes.Select(o => new BatchOutcomeDto(o.DossierIds, o.DossierNumbers, o.InvoiceId, o.InvoiceNumber, o.Finalized, o.Failure)).ToList();
        return StatusCode(StatusCodes.Status201Created, new InvoiceBatchResultDto(created, dtos, dtos.Where(o => o.Failure is not null).ToList()));
    }

    private CreatedResult Created(Invoice invoice) => Created($"/api/v1/invoices/{invoice.Id}", Document(invoice));
}
