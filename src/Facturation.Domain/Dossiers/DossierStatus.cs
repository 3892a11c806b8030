namespace Facturation.Domain.Dossiers;

public enum DossierStatus
{
    Open,
    Accepted,
    Closed,
}
