namespace Facturation.Application.Dossiers;

/// <summary><c>POST /api/v1/dossiers/invoice-batch</c>: mass invoicing of accepted dossiers.</summary>
public sealed class InvoiceBatchInput
{
    public List<int> DossierIds { get; set; } = [];

    public BatchGrouping Grouping { get; set; } = BatchGrouping.PerDossier;

    public bool Finalize { get; set; }
}
