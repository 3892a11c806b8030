using Facturation.Application.Payments;

namespace Facturation.Web.Features.Payments;

/// <summary>One customer's payment form on the bulk payment page; <see cref="PendingIds"/> are the other customers' documents still to settle.</summary>
public sealed record BulkPaymentForm(CustomerPaymentPlan Plan, BulkPaymentInput Input, IReadOnlyList<int> PendingIds);
