using Facturation.Application.Payments;

namespace Facturation.Web.Features.Payments;

/// <summary>The bulk payment page: one form per customer of the plan, dated on the business day.</summary>
public sealed record BulkPaymentsViewModel(BulkPaymentPlan Plan, DateOnly Today);
