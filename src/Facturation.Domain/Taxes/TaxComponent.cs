namespace Facturation.Domain.Taxes;

/// <summary>One tax applied on the line base, e.g. "TVA" 20 %, or "TPS" 5 % and "TVQ" 9.975 % together.</summary>
public sealed record TaxComponent(string Name, decimal Rate);
