namespace Facturation.Application.Common;

/// <summary>Search text and page of a reference-data list. Out-of-range values are clamped, never refused.</summary>
public sealed record ListQuery(string? Search = null, int Page = 1, int PageSize = ListQuery.DefaultPageSize, bool IncludeInactive = true)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public int SafePage => Math.Max(1, Page);

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    public string? Term => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim().ToLowerInvariant();

    public int Skip => (SafePage - 1) * SafePageSize;
}
