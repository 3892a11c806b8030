using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>
/// The structured e-invoice of an issued document, embedded by <see cref="InvoiceArchiver"/> in its Factur-X
/// PDF/A-3 archive (ADR-015): the Factur-X EN 16931 CII, byte for byte as <c>GET /api/v1/invoices/{id}/cii</c>
/// serves it; null when the document has no EN 16931 form (e.g. a Québec document), which archives a PDF/A-3b
/// without attachment. Called inside finalization's transaction, after the number and issue date are set.
/// </summary>
public interface IEInvoiceXmlSource
{
    Task<byte[]?> CiiForAsync(Invoice invoice, CancellationToken ct);
}
