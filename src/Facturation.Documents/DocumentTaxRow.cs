namespace Facturation.Documents;

/// <summary>One row of the tax breakdown: tax code, component (TVA, TPS, TVQ…), rate, base and amount.</summary>
public sealed record DocumentTaxRow(string TaxCode, string Component, decimal Rate, decimal Base, decimal Amount, string? ExemptionMention);
