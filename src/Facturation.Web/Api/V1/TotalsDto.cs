namespace Facturation.Web.Api.V1;

public sealed record TotalsDto(decimal Net, decimal Tax, decimal Gross);
