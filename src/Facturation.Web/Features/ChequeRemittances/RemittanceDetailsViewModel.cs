using Facturation.Application.Payments.Journal;
using Facturation.Domain.Payments;

namespace Facturation.Web.Features.ChequeRemittances;

public sealed record RemittanceDetailsViewModel(ChequeRemittance Slip, IReadOnlyList<RemittedCheque> Cheques);
