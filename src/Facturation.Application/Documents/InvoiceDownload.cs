namespace Facturation.Application.Documents;

/// <summary>One download of an issued document's PDF: who and when (the list filters "not downloaded yet").</summary>
public sealed class InvoiceDownload
{
    private InvoiceDownload()
    {
    }

    public InvoiceDownload(int invoiceId, string userId, string userName, string channel, DateTime atUtc) =>
        (InvoiceId, UserId, UserName, Channel, AtUtc) = (invoiceId, userId, userName, channel, atUtc);

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string UserName { get; private set; } = string.Empty;

    /// <summary>"web" or "api".</summary>
    public string Channel { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}
