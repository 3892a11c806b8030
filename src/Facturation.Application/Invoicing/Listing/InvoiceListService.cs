using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Payments;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// The sales-document list at scale (ADR-022): reads the stored columns of the documents and their customers,
/// never the lines; one aggregate query for the count and the footer totals over every filtered row; keyset paging
/// (<see cref="InvoiceListQuery.After"/>) on the default order so deep pages cost what the first one does.
/// </summary>
public sealed class InvoiceListService(FacturationDb db, IBusinessClock clock, InvoiceListSummaryCache summaries)
{
    public async Task<InvoiceListPage> PageAsync(InvoiceListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filtered = Filtered(query);
        var summary = await SummaryAsync(query, ct);
        var sort = InvoiceListSort.Parse(query.Sort, query.Descending);
        var paging = query.Paging;
        var keyset = sort.IsDefault && Cursor.TryParse(query.After) is { } after ? after : null;
        var rows = keyset is { } cursor
            ? await AfterCursorAsync(Joined(filtered, sort), cursor, sort, paging.SafePageSize, ct)
            : await Project(Ordered(Joined(filtered, sort), sort)).Skip(paging.Skip).Take(paging.SafePageSize).ToListAsync(ct);
        rows = Signed(rows);
        var next = sort.IsDefault && rows.Count == paging.SafePageSize ? Cursor.Of(rows[^1]) : null;
        return new InvoiceListPage(new PagedResult<InvoiceListRow>(rows, summary.Count, paging.SafePage, paging.SafePageSize), summary, next);
    }

    /// <summary>Every filtered row in list order, for exports (streamed by the caller in pages of <paramref name="batch"/>).</summary>
    public async IAsyncEnumerable<InvoiceListRow> AllAsync(InvoiceListQuery query, int batch, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sort = InvoiceListSort.Parse(query.Sort, query.Descending);
        var ordered = Project(Ordered(Joined(Filtered(query), sort), sort));
        for (var skip = 0; ; skip += batch)
        {
            var rows = Signed(await ordered.Skip(skip).Take(batch).ToListAsync(ct));
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < batch)
            {
                yield break;
            }
        }
    }

    /// <summary>The customer filter's autocomplete: at most <paramref name="limit"/> customers whose code or name contains the term.</summary>
    public async Task<IReadOnlyList<CustomerMatch>> CustomersMatchingAsync(string? term, int limit, CancellationToken ct)
    {
        var text = term?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return await db.Customers.AsNoTracking()
            .Where(c => c.Code.ToLower().Contains(text) || c.Name.ToLower().Contains(text))
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Take(Math.Clamp(limit, 1, 50))
            .Select(c => new CustomerMatch(c.Id, c.Code, c.Name, c.Code + " — " + c.Name))
            .ToListAsync(ct);
    }

    /// <summary>The SQL of the page query (for tests asserting it never reads the lines).</summary>
    public string PageSql(InvoiceListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sort = InvoiceListSort.Parse(query.Sort, query.Descending);
        return Project(Ordered(Joined(Filtered(query), sort), sort)).Take(query.Paging.SafePageSize).ToQueryString();
    }

    private IQueryable<Invoice> Filtered(InvoiceListQuery query) =>
        InvoiceListFilters.Apply(db.Invoices.AsNoTracking().IgnoreAutoIncludes(), db, query, clock.Today);

    /// <summary>The SQL of the summary query (count and sums over every filtered row), for the same tests.</summary>
    public string SummarySql(InvoiceListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SummaryQueryString(query);
    }

    /// <summary>
    /// The footer totals: from the rollup when the query filters on the issue date, kind and status only (the default
    /// view, the quick filters on kind and status, the date presets: a few thousand rows at a million documents),
    /// otherwise one aggregate over the filtered documents.
    /// </summary>
    public async Task<InvoiceListSummary> SummaryAsync(InvoiceListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (InvoiceListFilters.ApplyToTotals(db.InvoiceListTotals.AsNoTracking(), query) is not { } totals)
        {
            return await ScannedSummaryAsync(query, ct);
        }

        // The sums are reused while the rollup is unchanged (InvoiceListSummaryCache).
        return await summaries.GetOrSumAsync(db, InvoiceListTotalsSql.Rollup, InvoiceListFilters.TotalsKey(query), async () => (await TotalsSummary(totals).SingleOrDefaultAsync(ct))?.ToSummary() ?? InvoiceListSummary.Empty, ct);
    }

    /// <summary>The footer totals aggregated over the documents themselves, whatever the filter (tests compare it with the rollup).</summary>
    public async Task<InvoiceListSummary> ScannedSummaryAsync(InvoiceListQuery query, CancellationToken ct) =>
        await Summary(Filtered(query)).SingleOrDefaultAsync(ct) ?? InvoiceListSummary.Empty;

    private static IQueryable<TotalsRow> TotalsSummary(IQueryable<InvoiceListTotal> totals) =>
        totals
            .GroupBy(_ => 1)
            .Select(g => new TotalsRow
            {
                Count = g.Sum(t => t.Count),
                Net = g.Sum(t => t.Kind == InvoiceKind.CreditNote ? -t.NetUnits : t.NetUnits),
                Tax = g.Sum(t => t.Kind == InvoiceKind.CreditNote ? -t.TaxUnits : t.TaxUnits),
                Gross = g.Sum(t => t.Kind == InvoiceKind.CreditNote ? -t.GrossUnits : t.GrossUnits),
                Remaining = g.Sum(t => t.Kind == InvoiceKind.CreditNote ? -t.RemainingUnits : t.RemainingUnits),
            });

    private string SummaryQueryString(InvoiceListQuery query) =>
        InvoiceListFilters.ApplyToTotals(db.InvoiceListTotals.AsNoTracking(), query) is { } totals ? TotalsSummary(totals).ToQueryString() : Summary(Filtered(query)).ToQueryString();

    // One pass: count and signed sums (credit notes negative) over every filtered row, whatever the page. On SQLite the
    // sums of these stored amounts run as native integer sums (SqliteExactDecimalSumTranslator, ADR-031).
    private static IQueryable<InvoiceListSummary> Summary(IQueryable<Invoice> filtered) =>
        filtered
            .GroupBy(_ => 1)
            .Select(g => new InvoiceListSummary(
                g.Count(),
                g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet),
                g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalTax : i.TotalTax),
                g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalGross : i.TotalGross),
                g.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.Remaining : i.Remaining)));

    /// <summary>
    /// The documents with their customer's columns. On SQLite a page of fewer than about ten rows made the planner start
    /// from the customers and sort every document (240 ms instead of 1 ms at 100k): "+ 0" on the documents' side of the
    /// join keeps their customer index out of it, so the page is read in the order of the list's own index. Sorting by a
    /// customer column keeps the plain join, which reads the customers in that order.
    /// </summary>
    private IQueryable<ListSource> Joined(IQueryable<Invoice> filtered, InvoiceListSort sort) =>
        (sort.IsByCustomer
            ? filtered.Join(db.Customers, i => i.CustomerId, c => c.Id, (i, c) => new { Invoice = i, c.Code, c.Name })
            : filtered.Join(db.Customers, i => i.CustomerId + 0, c => c.Id, (i, c) => new { Invoice = i, c.Code, c.Name }))
        .Select(p => new ListSource
        {
            Invoice = p.Invoice,
            CustomerCode = p.Code,
            CustomerName = p.Name,
            IssuedBy = db.Users.Where(u => u.Id == p.Invoice.FinalizedById).Select(u => u.DisplayName).FirstOrDefault(),

            // The method of the latest recorded payment, read through the allocations' invoice index within the page query.
            PaymentMethod = db.Payments
                .Where(pay => pay.Status == PaymentStatus.Recorded)
                .SelectMany(pay => pay.Allocations.Where(a => a.InvoiceId == p.Invoice.Id), (pay, a) => pay)
                .OrderByDescending(pay => pay.Date).ThenByDescending(pay => pay.Id)
                .Select(pay => (PaymentMethod?)pay.Method)
                .FirstOrDefault(),
        });

    private static IQueryable<InvoiceListRow> Project(IQueryable<ListSource> source) =>
        source.Select(s => new InvoiceListRow(
            s.Invoice.Id,
            s.Invoice.Kind,
            s.Invoice.Type,
            s.Invoice.Status,
            s.Invoice.Number,
            s.Invoice.ProformaNumber,
            s.Invoice.CustomerId,
            s.CustomerCode,
            s.CustomerName,
            s.IssuedBy,
            s.Invoice.LastModifiedAtUtc,
            s.Invoice.IssueDate,
            s.Invoice.DueDate,
            s.Invoice.DeliveryDate,
            s.Invoice.DeliveryPeriodEnd,
            s.Invoice.TotalNet,
            s.Invoice.TotalTax,
            s.Invoice.TotalGross,
            s.Invoice.Remaining,
            s.PaymentMethod,
            s.Invoice.CostedNet,
            s.Invoice.CostTotal,
            s.Invoice.StatementNumber,
            s.Invoice.SentAtUtc,
            s.Invoice.ProformaSentAtUtc,
            s.Invoice.FirstDownloadedAtUtc,
            s.Invoice.LastReminderLevel,
            s.Invoice.LastReminderAtUtc));

    /// <summary>Signs the amounts: credit notes count negative.</summary>
    private static List<InvoiceListRow> Signed(List<InvoiceListRow> rows) =>
        rows.Select(r => r.Kind == InvoiceKind.CreditNote ? r with { Net = -r.Net, Tax = -r.Tax, Gross = -r.Gross, Remaining = -r.Remaining } : r).ToList();

    /// <summary>
    /// The rows after the cursor in the default order (IssueDate DESC, Id DESC), with the provider's own NULL placement
    /// (drafts have no issue date: first in DESC on PostgreSQL, last on SQLite and SQL Server). Each segment is one range
    /// of the index (IssueDate, Id) read in order — an OR across the dated and undated rows would make the planner sort
    /// every remaining row (0.4 s at 100k on SQLite) — and the next segment is read only if the page is not full.
    /// </summary>
    private async Task<List<InvoiceListRow>> AfterCursorAsync(IQueryable<ListSource> source, Cursor cursor, InvoiceListSort sort, int size, CancellationToken ct)
    {
        var nullsFirst = db.Database.IsNpgsql();
        var id = cursor.Id;
        var undatedAfter = source.Where(s => s.Invoice.IssueDate == null && s.Invoice.Id < id);
        IQueryable<ListSource>[] segments = cursor.Date is { } date
            ? nullsFirst
                ? [DatedAfter(source, date, id)]
                : [DatedAfter(source, date, id), source.Where(s => s.Invoice.IssueDate == null)]
            : nullsFirst
                ? [undatedAfter, source.Where(s => s.Invoice.IssueDate != null)]
                : [undatedAfter];
        var rows = new List<InvoiceListRow>(size);
        foreach (var segment in segments)
        {
            rows.AddRange(await Project(Ordered(segment, sort)).Take(size - rows.Count).ToListAsync(ct));
            if (rows.Count == size)
            {
                break;
            }
        }

        return rows;
    }

    // "IssueDate <= date" is the index range; the rest only drops the rows of that date at or before the cursor's id.
    private static IQueryable<ListSource> DatedAfter(IQueryable<ListSource> source, DateOnly date, int id) =>
        source.Where(s => s.Invoice.IssueDate <= date && (s.Invoice.IssueDate < date || s.Invoice.Id < id));

    private static IQueryable<ListSource> Ordered(IQueryable<ListSource> source, InvoiceListSort sort)
    {
        // SQLite cannot ORDER BY a decimal (stored as text): amounts and rates sort as double, the order they need.
        IOrderedQueryable<ListSource> By<TKey>(Expression<Func<ListSource, TKey>> key) =>
            sort.Descending ? source.OrderByDescending(key) : source.OrderBy(key);
        var ordered = sort.Key switch
        {
            "customerCode" => By(s => s.CustomerCode),
            "customerName" => By(s => s.CustomerName),
            "type" => By(s => s.Invoice.Type),
            "number" => By(s => s.Invoice.Number ?? s.Invoice.ProformaNumber),
            "issuedBy" => By(s => s.IssuedBy),
            "status" => By(s => s.Invoice.Status),
            "modified" => By(s => s.Invoice.LastModifiedAtUtc),
            "dueDate" => By(s => s.Invoice.DueDate),
            "deliveryDate" => By(s => s.Invoice.DeliveryDate),
            "net" => By(s => (double)(s.Invoice.Kind == InvoiceKind.CreditNote ? -s.Invoice.TotalNet : s.Invoice.TotalNet)),
            "tax" => By(s => (double)(s.Invoice.Kind == InvoiceKind.CreditNote ? -s.Invoice.TotalTax : s.Invoice.TotalTax)),
            "gross" => By(s => (double)(s.Invoice.Kind == InvoiceKind.CreditNote ? -s.Invoice.TotalGross : s.Invoice.TotalGross)),
            "remaining" => By(s => (double)(s.Invoice.Kind == InvoiceKind.CreditNote ? -s.Invoice.Remaining : s.Invoice.Remaining)),
            "marginRate" => By(s => s.Invoice.CostedNet == 0 ? (double?)null : ((double)s.Invoice.CostedNet - (double)s.Invoice.CostTotal) / (double)s.Invoice.CostedNet),
            "markupRate" => By(s => s.Invoice.CostTotal == 0 ? (double?)null : ((double)s.Invoice.CostedNet - (double)s.Invoice.CostTotal) / (double)s.Invoice.CostTotal),
            "statement" => By(s => s.Invoice.StatementNumber),
            "lastReminder" => By(s => s.Invoice.LastReminderAtUtc),
            "id" => By(s => s.Invoice.Id),
            _ => By(s => s.Invoice.IssueDate),
        };
        return sort.Descending ? ordered.ThenByDescending(s => s.Invoice.Id) : ordered.ThenBy(s => s.Invoice.Id);
    }

    /// <summary>The rollup's sums: a count and signed amounts in ten-thousandths.</summary>
    private sealed class TotalsRow
    {
        public long Count { get; init; }

        public long Net { get; init; }

        public long Tax { get; init; }

        public long Gross { get; init; }

        public long Remaining { get; init; }

        public InvoiceListSummary ToSummary() => new((int)Count, Net / 10_000m, Tax / 10_000m, Gross / 10_000m, Remaining / 10_000m);
    }

    private sealed class ListSource
    {
        public required Invoice Invoice { get; init; }

        public required string CustomerCode { get; init; }

        public required string CustomerName { get; init; }

        public string? IssuedBy { get; init; }

        public PaymentMethod? PaymentMethod { get; init; }
    }

    /// <summary>The keyset position after a row of the default order: its issue date (null for a draft) and id, base64url.</summary>
    private sealed record Cursor(DateOnly? Date, int Id)
    {
        public static string Of(InvoiceListRow row) =>
            WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{row.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{row.Id.ToString(CultureInfo.InvariantCulture)}"));

        public static Cursor? TryParse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(text)).Split('|');
                return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? parts[0].Length == 0 ? new Cursor(null, id)
                    : DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? new Cursor(date, id) : null
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
