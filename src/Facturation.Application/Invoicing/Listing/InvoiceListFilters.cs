using Facturation.Application.Data;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>The list's WHERE clause, shared by the screen, the API, the exports and the draft-merge picker; stored columns only.</summary>
public static class InvoiceListFilters
{
    public static IQueryable<Invoice> Apply(IQueryable<Invoice> invoices, FacturationDb db, InvoiceListQuery query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var statuses = (query.Statuses ?? []).Concat(query.Status is { } one ? [one] : []).Distinct().ToList();
        if (statuses.Count > 0)
        {
            invoices = invoices.Where(i => statuses.Contains(i.Status));
        }

        if (query.CustomerId is { } customerId)
        {
            invoices = invoices.Where(i => i.CustomerId == customerId);
        }

        if (query.ActivityId is { } activityId)
        {
            invoices = invoices.Where(i => i.ActivityId == activityId);
        }

        if (query.Kind is { } kind)
        {
            invoices = invoices.Where(i => i.Kind == kind);
        }

        if (query.NotDownloaded)
        {
            invoices = ApplyQuick(invoices, QuickFilter.NotDownloaded);
        }

        foreach (var quick in (query.Quick ?? []).Distinct())
        {
            invoices = ApplyQuick(invoices, quick);
        }

        if (query.Overdue)
        {
            // Open statuses always have something left to pay (Paid as soon as nothing remains).
            invoices = invoices.Where(i => i.Kind == InvoiceKind.Invoice && i.DueDate < today
                && (i.Status == InvoiceStatus.Final || i.Status == InvoiceStatus.Sent || i.Status == InvoiceStatus.PartiallyPaid));
        }

        invoices = (query.DateField, query.From, query.To) switch
        {
            (ListDateField.Delivery, { } from, { } to) => invoices.Where(i => i.DeliveryDate <= to && (i.DeliveryPeriodEnd ?? i.DeliveryDate) >= from),
            (ListDateField.Delivery, { } from, null) => invoices.Where(i => (i.DeliveryPeriodEnd ?? i.DeliveryDate) >= from),
            (ListDateField.Delivery, null, { } to) => invoices.Where(i => i.DeliveryDate <= to),
            (_, { } from, { } to) => invoices.Where(i => i.IssueDate >= from && i.IssueDate <= to),
            (_, { } from, null) => invoices.Where(i => i.IssueDate >= from),
            (_, null, { } to) => invoices.Where(i => i.IssueDate <= to),
            _ => invoices,
        };

        if (query.Paging.Term is { } term)
        {
            var customers = db.Customers.Where(c => c.Name.ToLower().Contains(term) || c.Code.ToLower().Contains(term)).Select(c => c.Id);
            invoices = invoices.Where(i =>
                (i.Number != null && i.Number.ToLower().Contains(term)) || i.ProformaNumber.ToLower().Contains(term)
                || (i.CustomerReference != null && i.CustomerReference.ToLower().Contains(term)) || customers.Contains(i.CustomerId));
        }

        return invoices;
    }

    private static IQueryable<Invoice> ApplyQuick(IQueryable<Invoice> invoices, QuickFilter quick) => quick switch
    {
        QuickFilter.Invoices => invoices.Where(i => i.Kind == InvoiceKind.Invoice),
        QuickFilter.CreditNotes => invoices.Where(i => i.Kind == InvoiceKind.CreditNote),

        // Issued and not settled yet: an invoice still owed, a credit note with credit left (the status follows the stored amounts).
        QuickFilter.Unpaid => invoices.Where(i => i.Status == InvoiceStatus.Final || i.Status == InvoiceStatus.Sent || i.Status == InvoiceStatus.PartiallyPaid),
        QuickFilter.NotDownloaded => invoices.Where(i => i.Status != InvoiceStatus.Draft && i.FirstDownloadedAtUtc == null),
        QuickFilter.Issued => invoices.Where(i => i.Status != InvoiceStatus.Draft),
        QuickFilter.NotIssued => invoices.Where(i => i.Status == InvoiceStatus.Draft),
        QuickFilter.NotOnStatement => invoices.Where(i => i.StatementNumber == null),
        QuickFilter.NotCancelled => invoices.Where(i => i.Status != InvoiceStatus.Cancelled && i.Status != InvoiceStatus.Abandoned),
        _ => throw new ArgumentOutOfRangeException(nameof(quick)),
    };
}
