using Facturation.Application.Common;
using Facturation.Domain.Payments;
using Facturation.Web.Features.Shared;

namespace Facturation.Web.Features.ChequeRemittances;

public sealed record RemittanceListViewModel(PagedResult<ChequeRemittance> Slips, PagerModel Pager);
