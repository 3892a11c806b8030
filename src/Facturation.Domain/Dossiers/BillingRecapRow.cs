using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Dossiers;

/// <summary>One row of the billing recap printed on situations and balances (amounts net and gross of tax).</summary>
public sealed record BillingRecapRow(BillingRecapRowKind Kind, string Label, int? InvoiceId, InvoiceType? Type, DateOnly? Date, decimal Net, decimal Gross);
