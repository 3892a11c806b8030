namespace Facturation.Application.Archiving;

/// <summary>A file found by listing the store (reconciliation).</summary>
public sealed record StoredBlobEntry(string Name, long Size, DateTime LastModifiedUtc);
