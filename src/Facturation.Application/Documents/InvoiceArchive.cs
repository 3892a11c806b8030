namespace Facturation.Application.Documents;

/// <summary>
/// The PDF of an issued document as rendered at finalization, with its SHA-256: what every download and email
/// hands out from then on (never a re-render). In its own table so that invoice queries never load the bytes.
/// </summary>
public sealed class InvoiceArchive
{
    private InvoiceArchive()
    {
    }

    public InvoiceArchive(int invoiceId, byte[] content, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        (InvoiceId, Content, CreatedAtUtc) = (invoiceId, content, createdAtUtc);
        Sha256 = Hash(content);
    }

    public int InvoiceId { get; private set; }

    public byte[] Content { get; private set; } = [];

    /// <summary>Lowercase hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public static string Hash(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}
