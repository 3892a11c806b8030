namespace Facturation.Application.Dossiers;

/// <summary>One invoice of a mass invoicing: created (and maybe finalized), or failed with the reason.</summary>
public sealed record BatchOutcome(IReadOnlyList<int> DossierIds, IReadOnlyList<string> DossierNumbers, int? InvoiceId, string? InvoiceNumber, bool Finalized, string? Failure)
{
    public bool Succeeded => Failure is null;
}
