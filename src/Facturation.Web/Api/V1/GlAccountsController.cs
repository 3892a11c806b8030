using Facturation.Application.Accounting;
using Facturation.Application.Common;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/gl-accounts")]
public sealed class GlAccountsController(GlAccountService accounts) : ApiControllerBase
{
    [HttpGet]
    public async Task<PageDto<GlAccountDto>> List(string? search, int page = 1, int pageSize = ListQuery.DefaultPageSize, CancellationToken ct = default) =>
        (await accounts.ListAsync(new ListQuery(search, page, pageSize), ct)).ToDto(GlAccountDto.From);

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<GlAccountDto> Get(int id, CancellationToken ct) => GlAccountDto.From(await accounts.GetAsync(id, ct));
}
