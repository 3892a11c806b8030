using Facturation.Application.Data;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>The list's WHERE clause, shared by the screen, the API, the exports and the draft-merge picker; stored columns only.</summary>
public static class InvoiceListFilters
{
    /// <summary>Issued and not settled yet: an invoice still owed, a credit note with credit left (the status follows the stored amounts).</summary>
    internal static readonly InvoiceStatus[] UnpaidStatuses = [InvoiceStatus.Final, InvoiceStatus.Sent, InvoiceStatus.PartiallyPaid];

    internal static readonly InvoiceStatus[] ClosedStatuses = [InvoiceStatus.Cancelled, InvoiceStatus.Abandoned];

    /// <summary>
    /// The same filter over the list's rollup (<see cref="InvoiceListTotal"/>), or null when the query filters on
    /// anything but the issue date, the kind and the status (the summary then aggregates the documents themselves).
    /// </summary>
    public static IQueryable<InvoiceListTotal>? ApplyToTotals(IQueryable<InvoiceListTotal> totals, InvoiceListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var quick = (query.Quick ?? []).Distinct().ToList();
        if (query.CustomerId is not null || query.ActivityId is not null || query.NotDownloaded || query.Overdue || query.Paging.Term is not null
            || (query.DateField == ListDateField.Delivery && (query.From is not null || query.To is not null))
            || quick.Any(q => q is QuickFilter.NotDownloaded or QuickFilter.NotOnStatement))
        {
            return null;
        }

        var statuses = StatusesOf(query);
        if (statuses.Count > 0)
        {
            totals = totals.Where(t => statuses.Contains(t.Status));
        }

        if (query.Kind is { } kind)
        {
            totals = totals.Where(t => t.Kind == kind);
        }

        foreach (var filter in quick)
        {
            totals = filter switch
            {
                QuickFilter.Invoices => totals.Where(t => t.Kind == InvoiceKind.Invoice),
                QuickFilter.CreditNotes => totals.Where(t => t.Kind == InvoiceKind.CreditNote),
                QuickFilter.Unpaid => totals.Where(t => UnpaidStatuses.Contains(t.Status)),
                QuickFilter.Issued => totals.Where(t => t.Status != InvoiceStatus.Draft),
                QuickFilter.NotIssued => totals.Where(t => t.Status == InvoiceStatus.Draft),
                QuickFilter.NotCancelled => totals.Where(t => !ClosedStatuses.Contains(t.Status)),
                _ => throw new ArgumentOutOfRangeException(nameof(query)),
            };
        }

        return (query.From, query.To) switch
        {
            ({ } from, { } to) => totals.Where(t => t.IssueDate >= from && t.IssueDate <= to),
            ({ } from, null) => totals.Where(t => t.IssueDate >= from),
            (null, { } to) => totals.Where(t => t.IssueDate <= to),
            _ => totals,
        };
    }

    /// <summary>The part of the query that <see cref="ApplyToTotals"/> reads, in one canonical string (the summary cache's key).</summary>
    public static string TotalsKey(InvoiceListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var statuses = StatusesOf(query).Order();
        var quick = (query.Quick ?? []).Distinct().Order();
        return FormattableString.Invariant($"s={string.Join(',', statuses)};k={query.Kind};q={string.Join(',', quick)};f={query.From:yyyy-MM-dd};t={query.To:yyyy-MM-dd}");
    }

    /// <summary>The chosen statuses: the repeatable <c>status=</c> and the single one, once each.</summary>
    private static List<InvoiceStatus> StatusesOf(InvoiceListQuery query) =>
        (query.Statuses ?? []).Concat(query.Status is { } one ? [one] : []).Distinct().ToList();

    public static IQueryable<Invoice> Apply(IQueryable<Invoice> invoices, FacturationDb db, InvoiceListQuery query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var statuses = StatusesOf(query);
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
        QuickFilter.Unpaid => invoices.Where(i => UnpaidStatuses.Contains(i.Status)),
        QuickFilter.NotDownloaded => invoices.Where(i => i.Status != InvoiceStatus.Draft && i.FirstDownloadedAtUtc == null),
        QuickFilter.Issued => invoices.Where(i => i.Status != InvoiceStatus.Draft),
        QuickFilter.NotIssued => invoices.Where(i => i.Status == InvoiceStatus.Draft),
        QuickFilter.NotOnStatement => invoices.Where(i => i.StatementNumber == null),
        QuickFilter.NotCancelled => invoices.Where(i => !ClosedStatuses.Contains(i.Status)),
        _ => throw new ArgumentOutOfRangeException(nameof(quick)),
    };
}
