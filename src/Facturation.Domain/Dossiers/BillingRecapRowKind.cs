namespace Facturation.Domain.Dossiers;

public enum BillingRecapRowKind
{
    DossierTotal,
    Earlier,
    ThisDocument,
    LeftToBill,
}
