namespace Facturation.Application.Documents;

/// <summary>
/// What an issued document printed, as JSON (<see cref="Facturation.Documents.InvoiceDocumentSnapshot"/> without the
/// logo): written once at finalization beside the archived PDF, so the document's page and API show the customer
/// identity as issued, not as it is now. Insert-only, never updated.
/// </summary>
public sealed class IssuedSnapshot
{
    private IssuedSnapshot()
    {
    }

    public IssuedSnapshot(int invoiceId, string json, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        (InvoiceId, Json, CreatedAtUtc) = (invoiceId, json, createdAtUtc);
    }

    public int InvoiceId { get; private set; }

    public string Json { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }
}
