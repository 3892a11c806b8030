namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// A balanced accounting entry (écriture) of one journal: a document in the sales journal or a payment in the
/// bank journal. <see cref="Number"/> runs 1, 2, 3… per journal over an export.
/// </summary>
public sealed record JournalEntry(
    string JournalCode,
    string JournalLabel,
    int Number,
    DateOnly Date,
    string DocumentNumber,
    DateOnly DocumentDate,
    string Label,
    DateOnly ValidationDate,
    IReadOnlyList<JournalLine> Lines)
{
    public decimal TotalDebit => Lines.Sum(l => l.Debit);

    public decimal TotalCredit => Lines.Sum(l => l.Credit);
}
