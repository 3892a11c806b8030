namespace Facturation.Application.Archiving;

/// <summary>An archived file referenced by the database is missing from the store or no longer has its SHA-256.</summary>
public sealed class ArchiveFileException(string message) : InvalidOperationException(message);
