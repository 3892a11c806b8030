namespace Facturation.Application.Archiving;

/// <summary>A row naming an archived file: its label for messages ("facture 12 (pdf)"), the store name and SHA-256.</summary>
public sealed record ArchivedFileRow(string Label, string? BlobName, string Sha256);
