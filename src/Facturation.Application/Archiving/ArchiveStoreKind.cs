namespace Facturation.Application.Archiving;

/// <summary>The value of <c>Archive__Store</c>.</summary>
public enum ArchiveStoreKind
{
    Folder,
    S3,
}
