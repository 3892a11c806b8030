using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Application.Documents;
using Facturation.Documents.Ledgers;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Accounts;

/// <summary>
/// A customer's account (ADR-032): issued documents at their stored gross totals and recorded payments and refunds,
/// merged in date order with a running balance; the ageing of open invoices and the credit still available, both summed
/// in SQL from the stored amounts. Never reads document lines. Voided payments and abandoned (replaced) invoices do not
/// move the account; a cancelled invoice and its cancellation credit note both appear and cancel out.
/// </summary>
public sealed class CustomerAccountService(FacturationDb db, IBusinessClock clock)
{
    /// <summary>The longest statement of account, in days (ten years), so that one request cannot ask for everything twice over.</summary>
    public const int MaxStatementDays = 3660;

    /// <summary>
    /// The account page: balance, ageing, available credit and one page of entries, newest first. The page is read in
    /// SQL from both sources (documents and payments) and merged; with <paramref name="after"/> (the cursor of the last
    /// row of the previous page) it costs one page whatever its depth. The balance before the page's oldest row is one
    /// SQL sum, so running balances never need the whole history in memory.
    /// </summary>
    public async Task<CustomerAccount> AccountAsync(int customerId, int page, int pageSize, CancellationToken ct, AccountCursor? after = null)
    {
        var customer = await CustomerAsync(customerId, ct);
        var today = clock.Today;
        var paging = new ListQuery(Page: after is null ? page : 1, PageSize: pageSize);
        var total = await Documents(customerId).CountAsync(ct) + await Payments(customerId).CountAsync(ct);
        // One row more than the page tells whether an older page exists (the cursor is offered only then).
        var newestFirst = await NewestFirstAsync(customerId, after, paging.Skip + paging.SafePageSize + 1, ct);
        var rows = newestFirst.Skip(paging.Skip).Take(paging.SafePageSize).ToList();
        var opening = rows.Count == 0 ? 0m : await BalanceBeforeAsync(customerId, AccountCursor.Of(rows[^1]), ct);
        var entries = WithRunningBalance(rows.AsEnumerable().Reverse().ToList(), opening);
        entries.Reverse();
        return new CustomerAccount(
            customer,
            today,
            await BalanceBeforeAsync(customerId, null, ct),
            await AgeingAsync(customerId, today, ct),
            await AvailableCreditAsync(customerId, ct),
            new PagedResult<AccountEntry>(entries, total, paging.SafePage, paging.SafePageSize))
        {
            NextCursor = newestFirst.Count > paging.Skip + entries.Count ? AccountCursor.Of(entries[^1]) : null,
        };
    }

    /// <summary>
    /// The statement of account over [<paramref name="from"/>, <paramref name="to"/>] (defaults: the first day of the
    /// company's current year, and today): the opening balance summed in SQL, then every entry of the period.
    /// </summary>
    public async Task<AccountStatement> StatementAsync(int customerId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today;
        var start = from ?? new DateOnly(today.Year, 1, 1);
        var end = to ?? (today < start ? start : today);
        if (end < start)
        {
            throw new DomainException("account_statement.period", "La date de fin doit être postérieure ou égale à la date de début.", "to");
        }

        if (end.DayNumber - start.DayNumber > MaxStatementDays)
        {
            throw new DomainException("account_statement.period_too_long", "La période d'un relevé de compte est d'au plus dix ans.", "from");
        }

        var customer = await CustomerAsync(customerId, ct);
        var opening = await BalanceBeforeAsync(customerId, start, ct);
        var movements = await MovementsAsync(customerId, start, end, ct);
        return new AccountStatement(customer, start, end, today, opening, WithRunningBalance(movements, opening));
    }

    /// <summary>The statement of account as a PDF in the invoices' style (rendered on demand: it is not a numbered document).</summary>
    public async Task<InvoicePdf> StatementPdfAsync(int customerId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var statement = await StatementAsync(customerId, from, to, ct);
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct) ?? new Company("Ma société");
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, ct);
        var bytes = LedgerPdfRenderer.Render(AccountStatementLedger.Of(statement, company, customer));
        var name = InvoicePdf.FileNameFor(FormattableString.Invariant($"releve-de-compte-{customer.Code}-{statement.From:yyyyMMdd}-{statement.To:yyyyMMdd}"));
        return new InvoicePdf(name, bytes, InvoiceArchive.Hash(bytes), IsArchived: false);
    }

    private async Task<AccountCustomer> CustomerAsync(int customerId, CancellationToken ct) =>
        await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => new AccountCustomer(c.Id, c.Code, c.Name)).SingleOrDefaultAsync(ct)
        ?? throw DomainException.NotFound("customer", "Client", customerId);

    /// <summary>The documents that move an account: issued, not abandoned (a replaced invoice is not owed).</summary>
    private IQueryable<Invoice> Documents(int customerId) =>
        db.Invoices.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => i.CustomerId == customerId && i.IssueDate != null && i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Abandoned);

    private IQueryable<Payment> Payments(int customerId) =>
        db.Payments.AsNoTracking().IgnoreAutoIncludes().Where(p => p.CustomerId == customerId && p.Status == PaymentStatus.Recorded);

    /// <summary>Documents and payments of a period in account order: date, documents before payments, id.</summary>
    private async Task<List<AccountEntry>> MovementsAsync(int customerId, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var documents = await DocumentEntries(Documents(customerId).Where(i => i.IssueDate >= start && i.IssueDate <= end)).ToListAsync(ct);
        var payments = await PaymentEntries(Payments(customerId).Where(p => p.Date >= start && p.Date <= end)).ToListAsync(ct);
        return [.. documents.Concat(payments).OrderBy(e => e.Date).ThenBy(e => e.IsDocument ? 0 : 1).ThenBy(e => e.SourceId)];
    }

    /// <summary>
    /// The newest <paramref name="count"/> entries strictly before <paramref name="after"/> (all when null), newest first:
    /// at most <paramref name="count"/> rows from each source, merged.
    /// </summary>
    private async Task<List<AccountEntry>> NewestFirstAsync(int customerId, AccountCursor? after, int count, CancellationToken ct)
    {
        var documents = await DocumentEntries(Before(Documents(customerId), after).OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Id).Take(count)).ToListAsync(ct);
        var payments = await PaymentEntries(Before(Payments(customerId), after).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).Take(count)).ToListAsync(ct);
        return [.. documents.Concat(payments).OrderByDescending(e => e.Date).ThenByDescending(e => e.IsDocument ? 0 : 1).ThenByDescending(e => e.SourceId).Take(count)];
    }

    /// <summary>Documents strictly before <paramref name="cursor"/> in account order (on its date, documents come first).</summary>
    private static IQueryable<Invoice> Before(IQueryable<Invoice> documents, AccountCursor? cursor) => cursor switch
    {
        null => documents,
        { IsDocument: true } => documents.Where(i => i.IssueDate < cursor.Date || (i.IssueDate == cursor.Date && i.Id < cursor.SourceId)),
        _ => documents.Where(i => i.IssueDate <= cursor.Date),
    };

    /// <summary>Payments strictly before <paramref name="cursor"/> in account order (none of its date precede a document).</summary>
    private static IQueryable<Payment> Before(IQueryable<Payment> payments, AccountCursor? cursor) => cursor switch
    {
        null => payments,
        { IsDocument: true } => payments.Where(p => p.Date < cursor.Date),
        _ => payments.Where(p => p.Date < cursor.Date || (p.Date == cursor.Date && p.Id < cursor.SourceId)),
    };

    private static IQueryable<AccountEntry> DocumentEntries(IQueryable<Invoice> documents) =>
        documents.Select(d => d.Kind == InvoiceKind.CreditNote
            ? new AccountEntry(AccountEntryKind.CreditNote, d.Id, d.IssueDate!.Value, d.Number, d.DueDate, d.Status, null, 0m, d.TotalGross, 0m)
            : new AccountEntry(AccountEntryKind.Invoice, d.Id, d.IssueDate!.Value, d.Number, d.DueDate, d.Status, null, d.TotalGross, 0m, 0m));

    private static IQueryable<AccountEntry> PaymentEntries(IQueryable<Payment> payments) =>
        payments.Select(p => p.Direction == PaymentDirection.Refund
            ? new AccountEntry(AccountEntryKind.Refund, p.Id, p.Date, p.Reference, null, null, p.Method, p.Amount, 0m, 0m)
            : new AccountEntry(AccountEntryKind.Payment, p.Id, p.Date, p.Reference, null, null, p.Method, 0m, p.Amount, 0m));

    private static List<AccountEntry> WithRunningBalance(List<AccountEntry> ordered, decimal opening)
    {
        var balance = opening;
        return ordered.Select(e =>
        {
            balance += e.Amount;
            return e with { Balance = balance };
        }).ToList();
    }

    /// <summary>The balance of every movement dated before <paramref name="start"/>: the statement's opening balance.</summary>
    private Task<decimal> BalanceBeforeAsync(int customerId, DateOnly start, CancellationToken ct) =>
        BalanceAsync(Documents(customerId).Where(i => i.IssueDate < start), Payments(customerId).Where(p => p.Date < start), ct);

    /// <summary>The balance of every movement strictly before <paramref name="cursor"/> (the whole account when null).</summary>
    private Task<decimal> BalanceBeforeAsync(int customerId, AccountCursor? cursor, CancellationToken ct) =>
        BalanceAsync(Before(Documents(customerId), cursor), Before(Payments(customerId), cursor), ct);

    private static async Task<decimal> BalanceAsync(IQueryable<Invoice> documents, IQueryable<Payment> payments, CancellationToken ct) =>
        await documents.SumAsync(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalGross : i.TotalGross, ct)
        + await payments.SumAsync(p => p.Direction == PaymentDirection.Refund ? p.Amount : -p.Amount, ct);

    private async Task<CustomerAgeing> AgeingAsync(int customerId, DateOnly today, CancellationToken ct)
    {
        var (days30, days60, days90) = (today.AddDays(-30), today.AddDays(-60), today.AddDays(-90));
        var ageing = await db.Invoices.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => i.CustomerId == customerId && i.Kind == InvoiceKind.Invoice
                && (i.Status == InvoiceStatus.Final || i.Status == InvoiceStatus.Sent || i.Status == InvoiceStatus.PartiallyPaid || i.Status == InvoiceStatus.Disputed))
            .GroupBy(_ => 1)
            .Select(g => new CustomerAgeing(
                g.Sum(i => i.DueDate == null || i.DueDate >= today ? i.Remaining : 0m),
                g.Sum(i => i.DueDate < today && i.DueDate >= days30 ? i.Remaining : 0m),
                g.Sum(i => i.DueDate < days30 && i.DueDate >= days60 ? i.Remaining : 0m),
                g.Sum(i => i.DueDate < days60 && i.DueDate >= days90 ? i.Remaining : 0m),
                g.Sum(i => i.DueDate < days90 ? i.Remaining : 0m)))
            .SingleOrDefaultAsync(ct);
        return ageing ?? CustomerAgeing.Empty;
    }

    private Task<decimal> AvailableCreditAsync(int customerId, CancellationToken ct) =>
        db.Invoices.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => i.CustomerId == customerId && i.Kind == InvoiceKind.CreditNote && (i.Status == InvoiceStatus.Final || i.Status == InvoiceStatus.Sent))
            .SumAsync(i => i.Remaining, ct);
}
