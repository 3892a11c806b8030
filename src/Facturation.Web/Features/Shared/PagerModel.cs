using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Facturation.Web.Features.Shared;

/// <summary>Links of a paged list, keeping the current search.</summary>
public sealed record PagerModel(string Path, string? Search, int Page, int PageCount, int Total)
{
    public string Url(int page)
    {
        var query = new Dictionary<string, string?> { ["page"] = page.ToString(CultureInfo.InvariantCulture) };
        if (!string.IsNullOrEmpty(Search))
        {
            query["search"] = Search;
        }

        return QueryHelpers.AddQueryString(Path, query);
    }
}
