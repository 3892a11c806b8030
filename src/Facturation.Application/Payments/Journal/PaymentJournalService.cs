using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Customers;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Payments.Journal;

/// <summary>
/// The payments journal (ADR-032): every payment and refund, newest first, filtered in SQL, with one aggregate query for
/// the totals over all filtered rows and the page read separately. Reads payments and customers only.
/// </summary>
public sealed class PaymentJournalService(FacturationDb db)
{
    public async Task<PaymentJournalPage> PageAsync(PaymentJournalQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        var filtered = Filtered(query);
        var summary = await filtered
            .GroupBy(_ => 1)
            .Select(g => new PaymentJournalSummary(
                g.Count(),
                g.Sum(p => p.Status == PaymentStatus.Recorded && p.Direction == PaymentDirection.Received ? p.Amount : 0m),
                g.Sum(p => p.Status == PaymentStatus.Recorded && p.Direction == PaymentDirection.Refund ? p.Amount : 0m),
                g.Sum(p => p.Status == PaymentStatus.Voided ? p.Amount : 0m)))
            .SingleOrDefaultAsync(ct) ?? PaymentJournalSummary.Empty;
        var paging = new ListQuery(Page: query.Page, PageSize: query.PageSize);
        var rows = await Project(filtered).Skip(paging.Skip).Take(paging.SafePageSize).ToListAsync(ct);
        return new PaymentJournalPage(new PagedResult<PaymentJournalRow>(rows, summary.Count, paging.SafePage, paging.SafePageSize), summary);
    }

    /// <summary>
    /// Every filtered row in journal order, for the CSV/XLSX export, read in batches of <paramref name="batch"/> that
    /// continue after the last row read (keyset on date and id), so the millionth row costs what the first does.
    /// </summary>
    public async IAsyncEnumerable<PaymentJournalRow> AllAsync(PaymentJournalQuery query, int batch, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        var filtered = Filtered(query);
        PaymentJournalRow? last = null;
        while (true)
        {
            var page = filtered;
            if (last is { Date: var date, Id: var id })
            {
                page = page.Where(p => p.Date < date || (p.Date == date && p.Id < id));
            }

            var rows = await Project(page).Take(batch).ToListAsync(ct);
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < batch)
            {
                yield break;
            }

            last = rows[^1];
        }
    }

    /// <summary>The code and name of the filtered customer, to show the autocomplete's choice back.</summary>
    public Task<string?> CustomerLabelAsync(int? customerId, CancellationToken ct) => customerId is { } id
        ? db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => c.Code + " — " + c.Name).SingleOrDefaultAsync(ct)
        : Task.FromResult<string?>(null);

    private static void Validate(PaymentJournalQuery query)
    {
        if (query.From is { } from && query.To is { } to && to < from)
        {
            throw new Domain.Common.DomainException("payments.period", "La date de fin doit être postérieure ou égale à la date de début.", "to");
        }
    }

    private IQueryable<Payment> Filtered(PaymentJournalQuery query)
    {
        var payments = db.Payments.AsNoTracking().IgnoreAutoIncludes();
        if (query.From is { } from)
        {
            payments = payments.Where(p => p.Date >= from);
        }

        if (query.To is { } to)
        {
            payments = payments.Where(p => p.Date <= to);
        }

        if (query.Method is { } method)
        {
            payments = payments.Where(p => p.Method == method);
        }

        if (query.CustomerId is { } customerId)
        {
            payments = payments.Where(p => p.CustomerId == customerId);
        }

        if (query.Voided is { } voided)
        {
            payments = voided ? payments.Where(p => p.Status == PaymentStatus.Voided) : payments.Where(p => p.Status == PaymentStatus.Recorded);
        }

        if (query.Direction is { } direction)
        {
            payments = payments.Where(p => p.Direction == direction);
        }

        if (query.OnSlip is { } onSlip)
        {
            var items = db.Set<ChequeRemittanceItem>();
            payments = onSlip ? payments.Where(p => items.Any(i => i.PaymentId == p.Id)) : payments.Where(p => !items.Any(i => i.PaymentId == p.Id));
        }

        return payments;
    }

    /// <summary>Journal order (newest first, id breaking ties) and the row shape.</summary>
    private IQueryable<PaymentJournalRow> Project(IQueryable<Payment> payments) =>
        from p in payments
        join c in db.Set<Customer>() on p.CustomerId equals c.Id
        orderby p.Date descending, p.Id descending
        select new PaymentJournalRow(
            p.Id,
            p.Date,
            p.Direction,
            p.Method,
            p.Amount,
            p.Reference,
            p.BankAccount,
            p.CustomerId,
            c.Code,
            c.Name,
            p.Status,
            db.Set<ChequeRemittanceItem>().Where(i => i.PaymentId == p.Id).Select(i => (int?)EF.Property<int>(i, "RemittanceId")).FirstOrDefault());
}
