namespace Facturation.Application.Statements;

/// <summary>A selected document a bulk action left aside, and why (in French, shown as is).</summary>
public sealed record SkippedDocument(int InvoiceId, string? Number, string Reason);
