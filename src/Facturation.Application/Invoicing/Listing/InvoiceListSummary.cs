namespace Facturation.Application.Invoicing.Listing;

/// <summary>Footer totals over ALL filtered documents (every page); credit notes count negative.</summary>
public sealed record InvoiceListSummary(int Count, decimal Net, decimal Tax, decimal Gross, decimal Remaining)
{
    public static readonly InvoiceListSummary Empty = new(0, 0, 0, 0, 0);
}
