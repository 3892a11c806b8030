namespace Facturation.Application.Archiving;

/// <summary>
/// What <c>archive reconcile</c> found: files no row names (orphans, deleted when asked), files too recent to judge
/// (a write whose transaction may still commit), and rows whose file is missing or no longer has its SHA-256.
/// </summary>
public sealed record ArchiveReconciliation(
    IReadOnlyList<StoredBlobEntry> Orphans,
    bool OrphansDeleted,
    int RecentUnreferenced,
    IReadOnlyList<ArchivedFileRow> Missing,
    IReadOnlyList<ArchivedFileRow> Corrupt,
    int Checked)
{
    public bool Healthy => Missing.Count == 0 && Corrupt.Count == 0;
}
