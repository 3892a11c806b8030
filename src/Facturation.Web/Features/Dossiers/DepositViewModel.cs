using Facturation.Application.Dossiers;
using Facturation.Domain.Dossiers;

namespace Facturation.Web.Features.Dossiers;

/// <summary>The deposit invoice form of a dossier, with what the dossier has already billed.</summary>
public sealed record DepositViewModel(int Id, DossierBilling Billing, DepositInput Input);
