namespace Facturation.Application.Accounting.Exports;

/// <summary>The auxiliary (subsidiary) account of a customer: its code and name.</summary>
internal sealed record CustomerAccount(string Code, string Name);
