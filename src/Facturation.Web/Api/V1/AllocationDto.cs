namespace Facturation.Web.Api.V1;

public sealed record AllocationDto(int InvoiceId, decimal Amount);
