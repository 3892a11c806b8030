using System.Globalization;
using Facturation.Application.Audit;
using Facturation.Application.Common;
using Microsoft.AspNetCore.WebUtilities;

namespace Facturation.Web.Features.Audit;

public sealed record AuditLogViewModel(AuditLogQuery Query, PagedResult<AuditEntry> Entries, AuditVerificationRun? LatestRun)
{
    /// <summary>The link to another page of the journal at <paramref name="listAddress"/>, keeping the filters.</summary>
    public string PageUrl(string listAddress, int page)
    {
        var query = new Dictionary<string, string?> { ["page"] = page.ToString(CultureInfo.InvariantCulture) };
        Add(query, "documentNumber", Query.DocumentNumber);
        Add(query, "event", Query.Event);
        Add(query, "from", Query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "to", Query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString(listAddress, query);
    }

    private static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query[key] = value;
        }
    }
}
