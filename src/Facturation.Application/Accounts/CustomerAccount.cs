using Facturation.Application.Common;

namespace Facturation.Application.Accounts;

/// <summary>
/// A customer's account as the accountant reads it: the balance (what the customer owes, net of unused credit), the
/// ageing of the open invoices, the credit still available (credit notes not yet applied or refunded) and one page of
/// entries, newest first, each with the balance after it.
/// </summary>
public sealed record CustomerAccount(
    AccountCustomer Customer,
    DateOnly Today,
    decimal Balance,
    CustomerAgeing Ageing,
    decimal AvailableCredit,
    PagedResult<AccountEntry> Entries)
{
    /// <summary>The position after this page's oldest entry when older entries exist (the API's <c>nextCursor</c>).</summary>
    public AccountCursor? NextCursor { get; init; }
}
