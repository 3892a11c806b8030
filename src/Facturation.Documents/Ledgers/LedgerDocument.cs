namespace Facturation.Documents.Ledgers;

/// <summary>
/// A document that lists other documents or payments in one table (statement, statement of account, cheque
/// remittance slip), printed with the invoices' letterhead, fonts and footer. Plain data: the application fills it,
/// <see cref="LedgerPdfRenderer"/> draws it.
/// </summary>
public sealed record LedgerDocument
{
    public required DocumentIssuer Issuer { get; init; }

    public required string Title { get; init; }

    /// <summary>Label/value pairs printed under the title (number, date, period…).</summary>
    public IReadOnlyList<(string Label, string Value)> HeadingFields { get; init; } = [];

    /// <summary>The addressee's block (the customer, or the bank), or null.</summary>
    public (string Caption, DocumentCustomer Party)? Addressee { get; init; }

    public IReadOnlyList<string> Introduction { get; init; } = [];

    public required IReadOnlyList<LedgerColumn> Columns { get; init; }

    public required IReadOnlyList<IReadOnlyList<LedgerCell>> Rows { get; init; }

    /// <summary>The total rows under the table (label, value, emphasized).</summary>
    public IReadOnlyList<(string Label, LedgerCell Value, bool Strong)> Totals { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    public string CurrencySymbol { get; init; } = "€";
}
