namespace Facturation.Application.Invoicing;

/// <summary>What the document page offers for its operational attributes (ADR-027).</summary>
public sealed record OperationChoices(IReadOnlyList<Choice> Dossiers, IReadOnlyList<Choice> Activities, IReadOnlyList<Choice> Authors);
