namespace Facturation.Web.Api.V1;

public sealed record CreditApplicationDto(int Id, int CreditNoteId, int InvoiceId, decimal Amount, DateOnly Date);
