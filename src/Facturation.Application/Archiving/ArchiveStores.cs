namespace Facturation.Application.Archiving;

/// <summary>Builds the configured archive store; a configuration this build cannot honour stops the start with a clear message.</summary>
public static class ArchiveStores
{
    public static IArchiveStore Create(ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Store switch
        {
            ArchiveStoreKind.Folder when !string.IsNullOrWhiteSpace(options.FolderPath) => new FolderArchiveStore(options.FolderPath),
            ArchiveStoreKind.Folder => throw new InvalidOperationException("Archive__FolderPath n'est pas défini (le dossier des archives est déduit de la base au démarrage de l'application)."),
            ArchiveStoreKind.S3 when options.S3.Missing() is [_, ..] missing =>
                throw new InvalidOperationException($"Archive__Store=S3 : {string.Join(", ", missing)} non défini(s)."),
            ArchiveStoreKind.S3 => new S3ArchiveStore(options.S3),
            _ => throw new InvalidOperationException($"Archive__Store inconnu : {options.Store}."),
        };
    }
}
