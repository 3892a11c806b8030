namespace Facturation.Web.Api.V1;

/// <summary>A mass invoicing: the invoices created and what failed, with the reason.</summary>
public sealed record InvoiceBatchResultDto(IReadOnlyList<InvoiceDto> Created, IReadOnlyList<BatchOutcomeDto> Outcomes, IReadOnlyList<BatchOutcomeDto> Failures);
