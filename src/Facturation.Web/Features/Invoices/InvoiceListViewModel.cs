using System.Globalization;
using Facturation.Application.Invoicing.Listing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The sales-document list screen (seed 002). Its whole state is the query string (<see cref="State"/>): links toggle
/// one value (quick filter, sort, page, preset) and keep the others, so views are shareable and the back button works.
/// <see cref="QueryString"/> is the page's own query string ("?…" or empty), saved with a named view; <see cref="SavedViews"/>
/// are the user's named views; <see cref="ListUrl"/> is the list's address (from the routing), the base of every link.
/// </summary>
public sealed record InvoiceListViewModel(
    InvoiceListPage Page,
    InvoiceListParameters Parameters,
    IReadOnlyList<KeyValuePair<string, StringValues>> State,
    IReadOnlyList<string> Columns,
    DateOnly Today,
    string QueryString,
    IReadOnlyList<SavedListView> SavedViews,
    string ListUrl)
{
    /// <summary>The two built-in views: every document, and seed 000's work queue (proformas in preparation or sent, finals ready to send).</summary>
    public IReadOnlyList<(string Name, string Url)> BuiltInViews =>
    [
        ("Toutes", ListUrl),
        ("À traiter", QueryHelpers.AddQueryString(ListUrl, new[] { KeyValuePair.Create<string, string?>("status", "Draft"), KeyValuePair.Create<string, string?>("status", "Final") })),
    ];

    /// <summary>The address of a saved view: the list with the query string it was saved with.</summary>
    public string SavedViewUrl(SavedListView view) => view?.Query is { Length: > 0 } query ? ListUrl + "?" + query : ListUrl;

    public static readonly IReadOnlyList<(QuickFilter Filter, string Label)> QuickFilters =
    [
        (QuickFilter.Invoices, "Factures"),
        (QuickFilter.CreditNotes, "Avoirs"),
        (QuickFilter.Unpaid, "Impayées"),
        (QuickFilter.NotDownloaded, "Pas téléchargé"),
        (QuickFilter.Issued, "Émis"),
        (QuickFilter.NotIssued, "Pas encore émis"),
        (QuickFilter.NotOnStatement, "Pas sur un relevé"),
        (QuickFilter.NotCancelled, "Pas annulé"),
    ];

    public bool Shows(string column) => Columns.Contains(column, StringComparer.Ordinal);

    public bool IsActive(QuickFilter filter) => Parameters.Quick?.Contains(filter) == true;

    /// <summary>The current URL with <paramref name="name"/> replaced (no value removes it); paging restarts unless it is the page.</summary>
    public string With(string name, params string?[] values) => Replace([name], name, values);

    /// <summary>The export at <paramref name="exportAddress"/> of the rows this list shows, in <paramref name="format"/>.</summary>
    public string ExportUrl(string exportAddress, string format) => exportAddress + With("format", format)[ListUrl.Length..];

    public string ToggleQuick(QuickFilter filter)
    {
        var quick = (Parameters.Quick ?? []).Select(Camel).ToList();
        var key = Camel(filter);
        return With("quick", [.. quick.Contains(key) ? quick.Where(q => q != key) : quick.Append(key)]);
    }

    /// <summary>First click sorts ascending, the next one descending (<c>sort=-key</c>).</summary>
    public string SortUrl(string sort)
    {
        var current = Parameters.ToQuery();
        var ascendingNow = string.Equals(current.Sort, sort, StringComparison.OrdinalIgnoreCase) && !current.Descending;
        return Replace(["sort", "desc", "dir"], "sort", (ascendingNow ? "-" : string.Empty) + sort);
    }

    /// <summary>The date presets: current month, previous month, current quarter, current year.</summary>
    public IReadOnlyList<(string Label, DateOnly From, DateOnly To)> Presets()
    {
        var month = new DateOnly(Today.Year, Today.Month, 1);
        var quarter = new DateOnly(Today.Year, ((Today.Month - 1) / 3 * 3) + 1, 1);
        return
        [
            ("Mois en cours", month, month.AddMonths(1).AddDays(-1)),
            ("Mois précédent", month.AddMonths(-1), month.AddDays(-1)),
            ("Trimestre", quarter, quarter.AddMonths(3).AddDays(-1)),
            ("Année", new DateOnly(Today.Year, 1, 1), new DateOnly(Today.Year, 12, 31)),
        ];
    }

    public string PresetUrl(DateOnly from, DateOnly to) =>
        Replace(["to"], "from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + "&to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string? NextUrl => Page.NextCursor is { } next ? With("after", next) + "&page=" + (Page.Rows.Page + 1).ToString(CultureInfo.InvariantCulture) : null;

    private string Replace(string[] removed, string name, params string?[] values)
    {
        var state = State.Where(p => !removed.Contains(p.Key, StringComparer.OrdinalIgnoreCase)
                && !string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(p.Key, "after", StringComparison.OrdinalIgnoreCase)
                && (name == "page" || !string.Equals(p.Key, "page", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)))
            .Concat(values.Where(v => !string.IsNullOrEmpty(v)).Select(v => KeyValuePair.Create(name, v)));
        return QueryHelpers.AddQueryString(ListUrl, state);
    }

    private static string Camel(QuickFilter filter) => char.ToLowerInvariant(filter.ToString()[0]) + filter.ToString()[1..];
}
