namespace Facturation.Web.Api.V1;

public sealed record TaxBreakdownDto(string TaxCode, string Component, decimal Rate, decimal Base, decimal Amount);
