using Facturation.Application.Common;
using Facturation.Application.Taxes;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/tax-codes")]
public sealed class TaxCodesController(TaxCodeService taxCodes) : ApiControllerBase
{
    [HttpGet]
    public async Task<PageDto<TaxCodeDto>> List(string? search, int page = 1, int pageSize = ListQuery.DefaultPageSize, CancellationToken ct = default) =>
        (await taxCodes.ListAsync(new ListQuery(search, page, pageSize), ct)).ToDto(TaxCodeDto.From);

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<TaxCodeDto> Get(int id, CancellationToken ct) => TaxCodeDto.From(await taxCodes.GetAsync(id, ct));
}
