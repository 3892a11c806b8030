namespace Facturation.Web.Api.V1;

public sealed record MarginDto(decimal CostTotal, decimal Amount, decimal? MarginRate, decimal? MarkupRate);
