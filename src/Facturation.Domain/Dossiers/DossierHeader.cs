namespace Facturation.Domain.Dossiers;

/// <summary>The fields a user edits on a dossier, replaced as a whole.</summary>
public sealed record DossierHeader(int CustomerId, string Name, string? CustomerReference, string? Notes);
