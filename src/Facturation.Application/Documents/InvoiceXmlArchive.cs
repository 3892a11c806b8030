namespace Facturation.Application.Documents;

/// <summary>
/// The CII or UBL of an issued document as written at finalization, with its SHA-256: /cii and /ubl hand out
/// exactly these bytes, never a regeneration. Beside <see cref="InvoiceArchive"/>, in its own table.
/// </summary>
public sealed class InvoiceXmlArchive
{
    private InvoiceXmlArchive()
    {
    }

    public InvoiceXmlArchive(int invoiceId, InvoiceXmlSyntax syntax, byte[] content, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        (InvoiceId, Syntax, Content, CreatedAtUtc) = (invoiceId, syntax, content, createdAtUtc);
        Sha256 = InvoiceArchive.Hash(content);
    }

    public int InvoiceId { get; private set; }

    public InvoiceXmlSyntax Syntax { get; private set; }

    public byte[] Content { get; private set; } = [];

    /// <summary>Lowercase hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }
}
