using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// One row of the list's rollup (ADR-031): a change of document count and stored amounts for an issue date, kind and
/// status. Database triggers append one row per insert, delete, or change of those columns of a document, in the
/// same transaction as the change (a change appends the old values negated and the new ones), so the rollup can never
/// drift from the documents whatever writes them; <see cref="InvoiceListTotalsJob"/> folds the rows into one per key.
/// Amounts are integer ten-thousandths: exact and summed natively by every provider.
/// </summary>
public sealed class InvoiceListTotal
{
    public long Id { get; private set; }

    public DateOnly? IssueDate { get; private set; }

    public InvoiceKind Kind { get; private set; }

    public InvoiceStatus Status { get; private set; }

    public long Count { get; private set; }

    public long NetUnits { get; private set; }

    public long TaxUnits { get; private set; }

    public long GrossUnits { get; private set; }

    public long RemainingUnits { get; private set; }
}
