using Facturation.Domain.Payments;

namespace Facturation.Application.Payments.Journal;

/// <summary>
/// One row of the journal's rollup (ADR-032): a change of payment count and amount for a date, method, direction and
/// status. Database triggers on <c>Payments</c> append one row per insert, delete or change of those columns, in the
/// writing transaction, so the rollup never drifts whatever writes the payments (the services, the generator's raw
/// SQL); the <c>list-totals</c> job folds the rows into one per key. The amount is in integer ten-thousandths.
/// </summary>
public sealed class PaymentJournalTotal : IPaymentJournalKey
{
    public long Id { get; private set; }

    public DateOnly Date { get; private set; }

    public PaymentMethod Method { get; private set; }

    public PaymentDirection Direction { get; private set; }

    public PaymentStatus Status { get; private set; }

    public long Count { get; private set; }

    public long AmountUnits { get; private set; }
}
