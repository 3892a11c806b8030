using Facturation.Application.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>A customer's account and statement of account (ADR-032).</summary>
[Route("api/v1/customers/{id:int}")]
public sealed class CustomerAccountsController(CustomerAccountService accounts) : ApiControllerBase
{
    /// <summary>
    /// Balance, ageing, available credit and one page of entries (newest first): by <c>page</c>, or in constant time
    /// by <c>after</c> (the previous page's <c>nextCursor</c>).
    /// </summary>
    [HttpGet("account")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<CustomerAccountDto> Account(int id, int page = 1, int pageSize = 50, string? after = null, CancellationToken ct = default) =>
        CustomerAccountDto.From(await accounts.AccountAsync(id, page, pageSize, ct, AccountCursor.Parse(after)));

    /// <summary>Opening balance, every document and payment of [from, to] with the running balance, closing balance.</summary>
    [HttpGet("account-statement")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<AccountStatementDto> Statement(int id, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        AccountStatementDto.Of(await accounts.StatementAsync(id, from, to, ct));
}
