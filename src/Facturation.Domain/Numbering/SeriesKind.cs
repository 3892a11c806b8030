namespace Facturation.Domain.Numbering;

public enum SeriesKind
{
    Invoice,
    CreditNote,
    Proforma,
    Deposit,
    Dossier,
    Statement,
}
