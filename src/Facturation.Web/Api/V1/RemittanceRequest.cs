namespace Facturation.Web.Api.V1;

/// <summary><c>POST /api/v1/payments/remittances {paymentIds, date?}</c>.</summary>
public sealed record RemittanceRequest(IReadOnlyList<int>? PaymentIds, DateOnly? Date);
