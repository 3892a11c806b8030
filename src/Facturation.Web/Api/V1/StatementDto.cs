using Facturation.Domain.Statements;

namespace Facturation.Web.Api.V1;

/// <summary>A statement as issued: its documents with the amounts printed on it (credit notes negative).</summary>
public sealed record StatementDto(
    int Id,
    string Number,
    int CustomerId,
    DateOnly IssueDate,
    decimal Total,
    decimal Remaining,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? SentAt,
    IReadOnlyList<StatementLineDto> Documents)
{
    public static StatementDto From(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new(
            statement.Id,
            statement.Number,
            statement.CustomerId,
            statement.IssueDate,
            statement.Total,
            statement.Remaining,
            statement.CreatedAtUtc,
            statement.CreatedByName,
            statement.SentAtUtc,
            [.. statement.Lines.OrderBy(l => l.Position).Select(l => new StatementLineDto(l.InvoiceId, l.DocumentNumber, l.Kind.ToString(), l.IssueDate, l.DueDate, l.Gross, l.Paid, l.Remaining))]);
    }
}
