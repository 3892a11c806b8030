using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Statements;

/// <summary>
/// One document listed on a statement, as it stood when the statement was issued: the statement prints these
/// values and never reads the document again. Credit notes are negative.
/// </summary>
public sealed class StatementLine
{
    private StatementLine()
    {
    }

    internal StatementLine(int position, Invoice document)
    {
        var sign = document.Kind == InvoiceKind.CreditNote ? -1m : 1m;
        Position = position;
        InvoiceId = document.Id;
        Kind = document.Kind;
        DocumentNumber = document.DisplayNumber;
        IssueDate = document.IssueDate;
        DueDate = document.DueDate;
        Gross = sign * document.TotalGross;
        Remaining = sign * Math.Max(0m, document.Remaining);
        Paid = Gross - Remaining;
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public int InvoiceId { get; private set; }

    public InvoiceKind Kind { get; private set; }

    public string DocumentNumber { get; private set; } = string.Empty;

    public DateOnly? IssueDate { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public decimal Gross { get; private set; }

    /// <summary>Settled so far: payments, refunds and credit applied (the gross total minus what remains).</summary>
    public decimal Paid { get; private set; }

    public decimal Remaining { get; private set; }
}
