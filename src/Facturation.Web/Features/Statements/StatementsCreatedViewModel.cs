using Facturation.Application.Statements;

namespace Facturation.Web.Features.Statements;

/// <summary>The statements just created, with their customers' names.</summary>
public sealed record StatementsCreatedViewModel(StatementBatch Batch, IReadOnlyDictionary<int, string> CustomerNames);
