namespace Facturation.Domain.Invoicing;

/// <summary>One row of the tax breakdown: a tax code's component, its base and its amount.</summary>
public sealed record TaxBreakdownRow(string TaxCode, string Component, decimal Rate, decimal Base, decimal Amount, string? ExemptionMention);
