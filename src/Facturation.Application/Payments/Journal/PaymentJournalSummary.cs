namespace Facturation.Application.Payments.Journal;

/// <summary>Totals over every filtered row of the journal: received and refunded (recorded ones), and what was voided.</summary>
public sealed record PaymentJournalSummary(int Count, decimal Received, decimal Refunded, decimal Voided)
{
    public static readonly PaymentJournalSummary Empty = new(0, 0m, 0m, 0m);

    public decimal Net => Received - Refunded;
}
