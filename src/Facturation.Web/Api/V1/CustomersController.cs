using Facturation.Application.Common;
using Facturation.Application.Customers;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/customers")]
public sealed class CustomersController(CustomerService customers) : ApiControllerBase
{
    [HttpGet]
    public async Task<PageDto<CustomerDto>> List(string? search, int page = 1, int pageSize = ListQuery.DefaultPageSize, CancellationToken ct = default) =>
        (await customers.ListAsync(new ListQuery(search, page, pageSize), ct)).ToDto(CustomerDto.From);

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<CustomerDto> Get(int id, CancellationToken ct) => CustomerDto.From(await customers.GetAsync(id, ct));

    [HttpPost]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.ManageCustomers)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<CustomerDto>> Create(CustomerInput input, CancellationToken ct)
    {
        var customer = await customers.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = customer.Id }, CustomerDto.From(customer));
    }

    [HttpPut("{id:int}")]
    [Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.ManageCustomers)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<CustomerDto> Update(int id, CustomerInput input, CancellationToken ct) =>
        CustomerDto.From(await customers.UpdateAsync(id, input, ct));
}
