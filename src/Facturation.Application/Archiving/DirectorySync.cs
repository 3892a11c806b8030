using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Facturation.Application.Archiving;

/// <summary>
/// Makes a directory's entries durable: after a rename (or a new sub-folder) the file's own fsync does not cover the
/// directory entry naming it, so a power cut on Linux can lose a rename although the database row that names the file
/// committed. .NET has no API for it (<c>File.OpenHandle</c> refuses directories on Unix), hence POSIX
/// <c>open</c> + <c>fsync</c> + <c>close</c> on the directory.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    /// <summary>O_CLOEXEC (the same value on Linux x64 and arm64; macOS has its own).</summary>
    private static readonly int CloseOnExec = OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000;

    /// <summary>Flushes the directory's entries to disk. Skipped on Windows: a directory cannot be opened as a file
    /// there, and NTFS journals the rename itself; Linux (the container image) is the supported server.</summary>
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(System.Text.Encoding.UTF8.GetBytes(directory + '\0'), ReadOnly | CloseOnExec);
        if (descriptor < 0)
        {
            throw new IOException($"Ouverture du dossier {directory} impossible pour le synchroniser.", new Win32Exception(Marshal.GetLastPInvokeError()));
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"Synchronisation du dossier {directory} impossible.", new Win32Exception(Marshal.GetLastPInvokeError()));
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] nullTerminatedUtf8Path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);
}
