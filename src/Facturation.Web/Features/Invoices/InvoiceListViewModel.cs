using Facturation.Application.Common;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;
using Microsoft.AspNetCore.WebUtilities;

namespace Facturation.Web.Features.Invoices;

public sealed record InvoiceListViewModel(
    PagedResult<Invoice> Invoices,
    IReadOnlyDictionary<int, string> CustomerNames,
    IReadOnlyList<Choice> Customers,
    InvoiceListQuery Query)
{
    public string CustomerName(int id) => CustomerNames.GetValueOrDefault(id) ?? "—";

    /// <summary>The list URL with the current filters, for another page or sort.</summary>
    public string Url(int? page = null, string? sort = null, bool? descending = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = Query.Status?.ToString(),
            ["customerId"] = Query.CustomerId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["search"] = Query.Search,
            ["from"] = Query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["sort"] = sort ?? Query.Sort,
            ["desc"] = (descending ?? Query.Descending) ? "true" : "false",
            ["page"] = (page ?? Query.Page).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["notDownloaded"] = Query.NotDownloaded ? "true" : null,
            ["kind"] = Query.Kind?.ToString(),
            ["overdue"] = Query.Overdue ? "true" : null,
        };
        return QueryHelpers.AddQueryString("/Invoices", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    public string SortUrl(string sort) =>
        Url(page: 1, sort: sort, descending: string.Equals(Query.Sort, sort, StringComparison.OrdinalIgnoreCase) ? !Query.Descending : false);
}
