using Facturation.Application.Payments;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Payments;

/// <summary>The form applying a credit note to one of the customer's open invoices.</summary>
public sealed record ApplyCreditViewModel(CreditApplicationInput Input, Invoice CreditNote, IReadOnlyList<Invoice> Open);
