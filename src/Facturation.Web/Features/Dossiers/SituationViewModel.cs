using Facturation.Application.Dossiers;
using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Dossiers;

/// <summary>The situation invoice form of a dossier; <see cref="Preview"/> is the draft it would create, after "Aperçu".</summary>
public sealed record SituationViewModel(int Id, DossierBilling Billing, SituationInput Input, (Invoice Draft, IReadOnlyList<BillingRecapRow> Recap)? Preview = null);
