using Facturation.Application.Dossiers;
using Facturation.Domain.Dossiers;

namespace Facturation.Web.Api.V1;

public sealed record DossierListItemDto(int Id, string Number, string Name, int CustomerId, string CustomerName, DossierStatus Status, decimal Total, decimal BilledDeposits, decimal BilledSituations, decimal Remaining)
{
    public static DossierListItemDto From(DossierSummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var d = row.Dossier;
        return new(d.Id, d.Number, d.Name, d.CustomerId, row.CustomerName, d.Status, row.Billing.Total, row.Billing.BilledDeposits, row.Billing.BilledSituations, row.Billing.Remaining);
    }
}
