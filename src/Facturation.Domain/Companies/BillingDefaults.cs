namespace Facturation.Domain.Companies;

/// <summary>Company-wide defaults applied to new documents and their PDF mentions.</summary>
public sealed record BillingDefaults(
    int PaymentTermsDays,
    decimal LatePaymentPenaltyRate,
    string? RecoveryIndemnityMention,
    string? FooterMessage,
    Currency Currency,
    bool GlAccountRequiredOnLines,
    bool PrintAuthorOnPdf = false);
