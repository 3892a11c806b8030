namespace Facturation.Web.Api.V1;

public sealed record StatementLineDto(int InvoiceId, string Number, string Kind, DateOnly? IssueDate, DateOnly? DueDate, decimal Gross, decimal Paid, decimal Remaining);
