using Facturation.Domain.Statements;

namespace Facturation.Application.Statements;

/// <summary>The statements created from a selection (one per customer) and the documents left aside.</summary>
public sealed record StatementBatch(IReadOnlyList<Statement> Created, IReadOnlyList<SkippedDocument> Skipped);
