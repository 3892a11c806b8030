namespace Facturation.Application.Accounts;

/// <summary>The customer an account or a statement of account is about.</summary>
public sealed record AccountCustomer(int Id, string Code, string Name);
