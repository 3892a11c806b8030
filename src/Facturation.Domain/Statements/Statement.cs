using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Statements;

/// <summary>
/// A statement (relevé de factures): a numbered document listing some issued invoices and credit notes of ONE
/// customer with what remains due on each, and the total due. Issued once, never changed afterwards (only the
/// time it was e-mailed moves); each listed document records the statement's number.
/// </summary>
public sealed class Statement
{
    private readonly List<StatementLine> _lines = [];

    private Statement()
    {
    }

    public int Id { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public int SeriesId { get; private set; }

    public int CustomerId { get; private set; }

    public DateOnly IssueDate { get; private set; }

    /// <summary>Sum of the listed documents' gross totals (credit notes negative).</summary>
    public decimal Total { get; private set; }

    /// <summary>What the customer still owes on the listed documents (credit notes negative): the total due.</summary>
    public decimal Remaining { get; private set; }

    public string CreatedById { get; private set; } = string.Empty;

    public string CreatedByName { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public IReadOnlyList<StatementLine> Lines => _lines;

    /// <summary>
    /// Issues the statement of <paramref name="documents"/> (one customer, issued documents only, oldest first)
    /// and puts each of them on it.
    /// </summary>
    public static Statement Issue(string number, int seriesId, DateOnly issueDate, IReadOnlyList<Invoice> documents, Actor actor, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(actor);
        if (documents.Count == 0)
        {
            throw new DomainException("statement.empty", "Sélectionnez au moins une facture ou un avoir émis.", "invoiceIds");
        }

        if (documents.Select(d => d.CustomerId).Distinct().Count() > 1)
        {
            throw new DomainException("statement.customers", "Un relevé ne concerne qu'un seul client.", "invoiceIds");
        }

        if (documents.GroupBy(d => d.Id).Any(g => g.Count() > 1))
        {
            throw new DomainException("statement.duplicate", "Un document ne figure qu'une fois sur un relevé.", "invoiceIds");
        }

        var statement = new Statement
        {
            Number = number,
            SeriesId = seriesId,
            CustomerId = documents[0].CustomerId,
            IssueDate = issueDate,
            CreatedById = actor.UserId,
            CreatedByName = actor.UserName,
            CreatedAtUtc = nowUtc,
        };
        var position = 0;
        foreach (var document in documents.OrderBy(d => d.IssueDate).ThenBy(d => d.Number, StringComparer.Ordinal))
        {
            document.PutOnStatement(number, actor, nowUtc);
            statement._lines.Add(new StatementLine(++position, document));
        }

        statement.Total = statement._lines.Sum(l => l.Gross);
        statement.Remaining = statement._lines.Sum(l => l.Remaining);
        return statement;
    }

    /// <summary>The outbox delivered it; the content stays as issued.</summary>
    public void MarkSent(DateTime nowUtc) => SentAtUtc = nowUtc;
}
