namespace Facturation.Application.Payments;

/// <summary>When, by whom and why a payment was voided or a credit application reversed.</summary>
public sealed record SettlementVoid(DateTime AtUtc, string By, string Reason);
