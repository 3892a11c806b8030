using Facturation.Application.Common;
using Facturation.Domain.Statements;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.Statements;

public sealed record StatementListViewModel(PagedResult<Statement> Statements, IReadOnlyDictionary<int, string> CustomerNames, string? Search, PagerModel Pager);
