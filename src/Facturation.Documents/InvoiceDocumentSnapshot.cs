namespace Facturation.Documents;

/// <summary>
/// Everything printed on a document, as plain data: the PDF is a pure function of it (no database access while
/// rendering), so the same snapshot can feed another output (Factur-X, PDF/A) later.
/// </summary>
public sealed record InvoiceDocumentSnapshot
{
    public required DocumentTitle Title { get; init; }

    /// <summary>The legal number, or the proforma number of a draft.</summary>
    public required string Number { get; init; }

    /// <summary>The number is a proforma number (a draft): printed as "Proforma n°".</summary>
    public bool IsProforma { get; init; }

    public required DocumentIssuer Issuer { get; init; }

    public required DocumentCustomer Customer { get; init; }

    public DateOnly? IssueDate { get; init; }

    /// <summary>Payment due date; for an estimate, the end of its validity.</summary>
    public DateOnly? DueDate { get; init; }

    public DateOnly? DeliveryDate { get; init; }

    public DateOnly? DeliveryPeriodEnd { get; init; }

    public string? CustomerReference { get; init; }

    /// <summary>Credit notes: the number of the invoice they correct.</summary>
    public string? CorrectedInvoiceNumber { get; init; }

    public required IReadOnlyList<DocumentLine> Lines { get; init; }

    public IReadOnlyList<DocumentTaxRow> TaxBreakdown { get; init; } = [];

    public required DocumentTotals Totals { get; init; }

    /// <summary>Printed after amounts: "€", "$"…</summary>
    public string CurrencySymbol { get; init; } = "€";

    /// <summary>Situation and balance invoices: dossier total, earlier deposits and situations, this document, left to bill.</summary>
    public IReadOnlyList<RecapRow> BillingRecap { get; init; } = [];

    public string? PaymentTerms { get; init; }

    /// <summary>Late-payment penalties, recovery indemnity, discount conditions…</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    public string? PublicNote { get; init; }

    public string? FooterMessage { get; init; }

    public string? Author { get; init; }

    /// <summary>A diagonal mark on every page ("BROUILLON", "PROFORMA"), null on final documents.</summary>
    public string? Watermark { get; init; }

    /// <summary>
    /// The document in EN 16931 terms, the source of its CII and UBL; null for drafts, estimates and documents
    /// outside the French e-invoicing scope (Québec).
    /// </summary>
    public EInvoicing.EInvoice? EInvoice { get; init; }

    public bool HasProgress => Lines.Any(l => l.Progress is not null);
}
