using Facturation.Application.Data;
using Microsoft.Data.Sqlite;

namespace Facturation.Application.Archiving;

/// <summary>
/// Configuration section <c>Archive</c> (ADR-025): where archived files are kept. <c>Archive__Store</c> =
/// <c>Folder</c> (default) and <c>Archive__FolderPath</c> (default: the folder <c>archives</c> beside the SQLite file,
/// or in the data directory for a server database), or <c>S3</c> with the <c>Archive__S3__*</c> keys.
/// </summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>The folder name used beside the database when <see cref="FolderPath"/> is not set.</summary>
    public const string DefaultFolderName = "archives";

    public ArchiveStoreKind Store { get; set; } = ArchiveStoreKind.Folder;

    public string? FolderPath { get; set; }

    /// <summary><c>Archive__S3__*</c>: the bucket when <see cref="Store"/> is <see cref="ArchiveStoreKind.S3"/>.</summary>
    public S3ArchiveOptions S3 { get; set; } = new();

    /// <summary>
    /// <c>Archive__RenderAfterFinalization</c>: true (default) renders the PDF right after the finalization's commit,
    /// in the same call; false leaves it to the <c>invoice-archives</c> job (or the first reader) so that finalizing
    /// returns as soon as the number is committed.
    /// </summary>
    public bool RenderAfterFinalization { get; set; } = true;

    /// <summary>The default folder: <c>archives</c> beside the SQLite file, or in the data directory for a server database.</summary>
    public static string DefaultFolder(DatabaseOptions database, string connectionString, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(database);
        var directory = database.Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource, contentRoot))!
            : Path.GetFullPath(database.DataDirectory, contentRoot);
        return Path.Combine(directory, DefaultFolderName);
    }
}
