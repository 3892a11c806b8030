using Facturation.Application.Common;

namespace Facturation.Web.Api.V1;

public static class PageDtoMapping
{
    public static PageDto<T> ToDto<TSource, T>(this PagedResult<TSource> page, Func<TSource, T> map)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.Items.Select(map).ToList(), page.Total, page.Page, page.PageSize);
    }
}
