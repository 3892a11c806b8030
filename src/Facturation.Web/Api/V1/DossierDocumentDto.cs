using Facturation.Domain.Invoicing;

namespace Facturation.Web.Api.V1;

public sealed record DossierDocumentDto(int Id, string Number, InvoiceType Type, InvoiceStatus Status, DateOnly? IssueDate, decimal Net, decimal Gross);
