using Facturation.Application.Statements;

namespace Facturation.Application.Payments;

/// <summary>One payment to propose per customer of a selection, and the documents left aside with why.</summary>
public sealed record BulkPaymentPlan(IReadOnlyList<CustomerPaymentPlan> Customers, IReadOnlyList<SkippedDocument> Skipped);
