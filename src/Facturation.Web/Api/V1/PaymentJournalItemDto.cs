using Facturation.Domain.Payments;

namespace Facturation.Web.Api.V1;

/// <summary>One row of <c>GET /api/v1/payments</c>.</summary>
public sealed record PaymentJournalItemDto(int Id, DateOnly Date, PaymentDirection Direction, PaymentMethod Method, decimal Amount, string? Reference, string? BankAccount, int CustomerId, string CustomerCode, string CustomerName, PaymentStatus Status, int? RemittanceId, string? RemittanceNumber);
