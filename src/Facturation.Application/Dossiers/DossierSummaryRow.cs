using Facturation.Domain.Dossiers;

namespace Facturation.Application.Dossiers;

/// <summary>A dossier in the list with its customer's name and its billing progress.</summary>
public sealed record DossierSummaryRow(Dossier Dossier, string CustomerName, DossierBillingSummary Billing);
