using Facturation.Domain.Statements;

namespace Facturation.Web.Api.V1;

public sealed record StatementSummaryDto(int Id, string Number, int CustomerId, decimal Total, decimal Remaining)
{
    public static StatementSummaryDto From(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new(statement.Id, statement.Number, statement.CustomerId, statement.Total, statement.Remaining);
    }
}
