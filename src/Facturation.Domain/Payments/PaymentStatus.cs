namespace Facturation.Domain.Payments;

/// <summary>A payment is never deleted: it stays <see cref="Recorded"/> or is <see cref="Voided"/> with who, when and why.</summary>
public enum PaymentStatus
{
    Recorded,
    Voided,
}
