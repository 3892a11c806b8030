using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;

namespace Facturation.Application.Accounting.Exports;

/// <summary>A document of the export as the lettering sees it: its signed customer-account amount.</summary>
internal sealed record LetteredDocument(int Id, InvoiceKind Kind, decimal Gross, DateOnly Date, int? CancelledById);

/// <summary>The part of a payment of the export that settles one document.</summary>
internal sealed record LetteredAllocation(int PaymentId, DateOnly Date, PaymentDirection Direction, int InvoiceId, decimal Amount);

/// <summary>A credit note applied to an invoice, both in the export.</summary>
internal sealed record LetteredCreditApplication(int CreditNoteId, int InvoiceId, DateOnly Date);
