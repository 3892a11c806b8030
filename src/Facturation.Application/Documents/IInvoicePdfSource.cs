namespace Facturation.Application.Documents;

/// <summary>
/// The one place that hands out a document's PDF: the archived bytes of an issued document (never a
/// re-render), a fresh render for a draft (watermarked preview). Emails attach what it returns.
/// </summary>
public interface IInvoicePdfSource
{
    Task<InvoicePdf> GetAsync(int invoiceId, CancellationToken ct);
}
