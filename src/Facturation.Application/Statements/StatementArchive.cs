using Facturation.Application.Documents;

namespace Facturation.Application.Statements;

/// <summary>
/// The PDF of a statement as rendered when it was issued, with its SHA-256: every download and e-mail hands out
/// these bytes (never a re-render). In its own table so that statement queries never load the bytes.
/// </summary>
public sealed class StatementArchive
{
    private StatementArchive()
    {
    }

    public StatementArchive(int statementId, byte[] content, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        (StatementId, Content, CreatedAtUtc, Sha256) = (statementId, content, createdAtUtc, InvoiceArchive.Hash(content));
    }

    public int StatementId { get; private set; }

    public byte[] Content { get; private set; } = [];

    /// <summary>Lowercase hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }
}
