namespace Facturation.Application.Invoicing.Listing;

/// <summary>The list's one-click filters (seed 002), combinable; the API spells them in camelCase (<c>quick=creditNotes</c>).</summary>
public enum QuickFilter
{
    Invoices,
    CreditNotes,
    Unpaid,
    NotDownloaded,
    Issued,
    NotIssued,
    NotOnStatement,
    NotCancelled,
}
