namespace Facturation.Application.Taxes;

/// <summary>One tax of a code in the API: <c>{name, rate}</c>, rate in percent.</summary>
public sealed record TaxComponentDto(string Name, decimal Rate);
