namespace Facturation.Domain.Payments;

/// <summary>How money moved: virement, chèque, carte, espèces, prélèvement, LCR (lettre de change relevé).</summary>
public enum PaymentMethod
{
    Transfer,
    Cheque,
    Card,
    Cash,
    DirectDebit,
    Lcr,
}
