using Facturation.Application.Accounts;

namespace Facturation.Web.Api.V1;

/// <summary>
/// <c>GET /api/v1/customers/{id}/account</c>: balance, ageing buckets, available credit and a page of entries;
/// <c>nextCursor</c> (when older entries exist) is the <c>after</c> of the next page.
/// </summary>
public sealed record CustomerAccountDto(
    int CustomerId, string CustomerCode, string CustomerName, DateOnly Today, decimal Balance, CustomerAgeing Ageing, decimal AvailableCredit,
    IReadOnlyList<AccountEntryDto> Items, int Total, int Page, int PageSize, string? NextCursor)
{
    public static CustomerAccountDto From(CustomerAccount a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Customer.Id, a.Customer.Code, a.Customer.Name, a.Today, a.Balance, a.Ageing, a.AvailableCredit,
            [.. a.Entries.Items.Select(AccountEntryDto.From)], a.Entries.Total, a.Entries.Page, a.Entries.PageSize,
            a.NextCursor?.ToString());
    }
}
