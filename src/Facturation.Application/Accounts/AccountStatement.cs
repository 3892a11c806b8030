namespace Facturation.Application.Accounts;

/// <summary>
/// A statement of account (relevé de compte) over a period: the balance at the start, every document and payment of
/// the period in date order with the running balance, and the balance at the end.
/// </summary>
public sealed record AccountStatement(
    AccountCustomer Customer,
    DateOnly From,
    DateOnly To,
    DateOnly IssuedOn,
    decimal OpeningBalance,
    IReadOnlyList<AccountEntry> Entries)
{
    public decimal TotalDebit => Entries.Sum(e => e.Debit);

    public decimal TotalCredit => Entries.Sum(e => e.Credit);

    public decimal ClosingBalance => OpeningBalance + TotalDebit - TotalCredit;
}
