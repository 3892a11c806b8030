namespace Facturation.Application.Archiving;

/// <summary>Sizes of the columns naming an archived file.</summary>
public static class ArchiveColumns
{
    /// <summary>"ab/" + 64 hex + "." + extension.</summary>
    public const int BlobNameLength = 100;
}
