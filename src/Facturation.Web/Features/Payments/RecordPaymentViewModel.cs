using Facturation.Application.Invoicing;
using Facturation.Application.Payments;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Payments;

/// <summary>The payment form: the input, the customer's open invoices it spreads over, the customers to choose from and the business date (overdue badges).</summary>
public sealed record RecordPaymentViewModel(PaymentInput Input, IReadOnlyList<Invoice> Open, IReadOnlyList<Choice> Customers, DateOnly Today);
