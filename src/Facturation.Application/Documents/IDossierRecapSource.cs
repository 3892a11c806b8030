using Facturation.Domain.Dossiers;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>
/// The billing recap a dossier document prints, asked by the snapshot builder and answered by the dossiers
/// (<c>DossierService</c>): Documents stays below Dossiers in the namespace order Dossiers → Invoicing → Documents.
/// </summary>
public interface IDossierRecapSource
{
    Task<IReadOnlyList<BillingRecapRow>> RecapAsync(Invoice invoice, CancellationToken ct);
}
