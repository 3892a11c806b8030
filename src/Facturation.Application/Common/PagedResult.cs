namespace Facturation.Application.Common;

/// <summary>One page of a list; <see cref="Total"/> counts every row that matches the filter.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}
