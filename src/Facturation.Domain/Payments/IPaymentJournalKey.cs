namespace Facturation.Domain.Payments;

/// <summary>
/// The columns the payments journal filters on that its rollup also keys on (date, method, direction, status): a
/// payment has them, and so has each rollup row, so one filter serves both (ADR-032).
/// </summary>
public interface IPaymentJournalKey
{
    DateOnly Date { get; }

    PaymentMethod Method { get; }

    PaymentDirection Direction { get; }

    PaymentStatus Status { get; }
}
