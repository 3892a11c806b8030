using Facturation.Application.Statements;
using Facturation.Domain.Payments;

namespace Facturation.Application.Payments;

/// <summary>The payments recorded (one per customer), the credit notes applied on the way, and what was skipped.</summary>
public sealed record BulkPaymentResult(IReadOnlyList<Payment> Payments, IReadOnlyList<CreditApplication> CreditApplications, IReadOnlyList<SkippedDocument> Skipped);
