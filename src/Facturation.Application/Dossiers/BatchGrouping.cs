namespace Facturation.Application.Dossiers;

public enum BatchGrouping
{
    PerDossier,
    PerCustomer,
}
