using Facturation.Application.Payments;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Payments;

/// <summary>The refund form of a credit note.</summary>
public sealed record RefundViewModel(RefundInput Input, Invoice CreditNote);
