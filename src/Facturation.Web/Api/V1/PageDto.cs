namespace Facturation.Web.Api.V1;

/// <summary>The list envelope of the API: <c>{items, total, page, pageSize}</c>.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
