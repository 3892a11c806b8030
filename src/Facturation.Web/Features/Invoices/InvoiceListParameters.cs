using Facturation.Application.Common;
using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Listing;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The list's query string, the same for the screen, <c>GET /api/v1/invoices</c> and the exports: repeatable
/// <c>status</c> and <c>quick</c>, <c>dateField=issue|delivery</c> with <c>from</c>/<c>to</c>, <c>sort</c> (any column; a
/// leading '-' or <c>dir=desc</c> for descending; the screen also sends <c>desc=true|false</c>), <c>after</c> (keyset cursor).
/// </summary>
public sealed class InvoiceListParameters
{
    public InvoiceStatus[]? Status { get; set; }

    public int? CustomerId { get; set; }

    public InvoiceKind? Kind { get; set; }

    public string? Search { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public ListDateField DateField { get; set; }

    public QuickFilter[]? Quick { get; set; }

    public string? Sort { get; set; }

    /// <summary>"asc" or "desc" (API).</summary>
    public string? Dir { get; set; }

    /// <summary>The screen's sort direction (kept for existing links).</summary>
    public bool? Desc { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = ListQuery.DefaultPageSize;

    public bool NotDownloaded { get; set; }

    public bool Overdue { get; set; }

    public string? After { get; set; }

    /// <summary>Documents of one activity (ADR-027).</summary>
    public int? Activity { get; set; }

    public InvoiceListQuery ToQuery()
    {
        var direction = Dir?.ToLowerInvariant() switch
        {
            "desc" => true,
            "asc" => false,
            _ => Desc,
        };
        var sort = InvoiceListSort.Parse(Sort, direction);
        return new InvoiceListQuery(
            null, CustomerId, Kind, Search, From, To, sort.Key, sort.Descending, Math.Max(1, Page), PageSize, NotDownloaded, Overdue,
            Quick, DateField, Status, After, Activity);
    }
}
