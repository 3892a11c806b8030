namespace Facturation.Documents;

/// <summary>One row of the lines table, with the amounts already computed by the domain.</summary>
public sealed record DocumentLine
{
    public DocumentLineKind Kind { get; init; } = DocumentLineKind.Item;

    public required string Description { get; init; }

    public decimal Quantity { get; init; }

    public string? Unit { get; init; }

    public decimal UnitPrice { get; init; }

    public decimal DiscountPercent { get; init; }

    public string? TaxCode { get; init; }

    public decimal Net { get; init; }

    /// <summary>A 100 % discount: "Offert" instead of an amount.</summary>
    public bool IsOffered { get; init; }

    /// <summary>Quantity 0: "Option", not in the totals.</summary>
    public bool IsOption { get; init; }

    /// <summary>Situation invoices only; the progress columns are shown when any line has one.</summary>
    public LineProgress? Progress { get; init; }

    public static DocumentLine Section(string title) => new() { Kind = DocumentLineKind.Section, Description = title };

    public static DocumentLine Comment(string text) => new() { Kind = DocumentLineKind.Comment, Description = text };
}
