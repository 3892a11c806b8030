namespace Facturation.Application.Archiving;

/// <summary>A file in the archive store: its content-addressed name, its size and its SHA-256 (lowercase hex).</summary>
public sealed record StoredBlob(string Name, long Size, string Sha256)
{
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));

    /// <summary>The content-addressed name: two characters of fan-out, the hash, the extension.</summary>
    public static StoredBlob For(ReadOnlySpan<byte> content, string extension)
    {
        var sha256 = Hash(content);
        return new StoredBlob($"{sha256[..2]}/{sha256}.{extension}", content.Length, sha256);
    }
}
