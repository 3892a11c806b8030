namespace Facturation.Application.Dossiers;

/// <summary>Cumulative progress of one dossier line: a percentage OR the cumulative quantity reached.</summary>
public sealed class SituationLineInput
{
    public int DossierLineId { get; set; }

    public decimal? Percent { get; set; }

    public decimal? Quantity { get; set; }
}
