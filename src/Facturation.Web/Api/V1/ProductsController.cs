using Facturation.Application.Catalog;
using Facturation.Application.Common;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/products")]
public sealed class ProductsController(ProductService products) : ApiControllerBase
{
    [HttpGet]
    public async Task<PageDto<ProductDto>> List(string? search, int page = 1, int pageSize = ListQuery.DefaultPageSize, CancellationToken ct = default) =>
        (await products.ListAsync(new ListQuery(search, page, pageSize), ct)).ToDto(ProductDto.From);

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ProductDto> Get(int id, CancellationToken ct) => ProductDto.From(await products.GetAsync(id, ct));
}
