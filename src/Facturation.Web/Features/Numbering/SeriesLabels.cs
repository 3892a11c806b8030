using Facturation.Domain.Numbering;

namespace Facturation.Web.Features.Numbering;

/// <summary>French names of the series and reset policies.</summary>
public static class SeriesLabels
{
    public static string Kind(SeriesKind kind) => kind switch
    {
        SeriesKind.Invoice => "Factures",
        SeriesKind.CreditNote => "Avoirs",
        SeriesKind.Proforma => "Proformas (brouillons)",
        SeriesKind.Deposit => "Acomptes",
        SeriesKind.Dossier => "Dossiers (devis)",
        SeriesKind.Statement => "Relevés de factures",
    };

    public static string Reset(ResetPolicy reset) => reset switch
    {
        ResetPolicy.Never => "Jamais",
        ResetPolicy.Yearly => "Chaque année",
        ResetPolicy.Monthly => "Chaque mois",
    };
}
