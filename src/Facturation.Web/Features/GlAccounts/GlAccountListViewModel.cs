using Facturation.Application.Common;
using Facturation.Domain.Accounting;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.GlAccounts;

public sealed record GlAccountListViewModel(PagedResult<GlAccount> Accounts, string? Search, string ListUrl)
{
    public PagerModel Pager => new(ListUrl, Search, Accounts.Page, Accounts.PageCount, Accounts.Total);
}
