using Facturation.Application.Accounts;

namespace Facturation.Web.Api.V1;

/// <summary><c>GET /api/v1/customers/{id}/account-statement</c>.</summary>
public sealed record AccountStatementDto(
    int CustomerId, string CustomerCode, string CustomerName, DateOnly From, DateOnly To,
    decimal OpeningBalance, IReadOnlyList<AccountEntryDto> Entries, decimal TotalDebit, decimal TotalCredit, decimal ClosingBalance)
{
    public static AccountStatementDto Of(AccountStatement s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Customer.Id, s.Customer.Code, s.Customer.Name, s.From, s.To, s.OpeningBalance, [.. s.Entries.Select(AccountEntryDto.From)], s.TotalDebit, s.TotalCredit, s.ClosingBalance);
    }
}
