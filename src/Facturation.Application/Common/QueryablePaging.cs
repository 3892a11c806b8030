using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Common;

public static class QueryablePaging
{
    /// <summary>Counts every match, then reads only the requested page (two queries, no full load).</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, ListQuery list, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(list);
        var total = await query.CountAsync(ct);
        var items = await query.Skip(list.Skip).Take(list.SafePageSize).ToListAsync(ct);
        return new PagedResult<T>(items, total, list.SafePage, list.SafePageSize);
    }
}
