using Facturation.Application.Common;

namespace Facturation.Application.Audit;

/// <summary>The filters of the audit journal screen and API; dates are UTC days, both inclusive.</summary>
public sealed record AuditLogQuery(string? DocumentNumber = null, string? Event = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50)
{
    public ListQuery Paging => new(null, Page, PageSize);
}
