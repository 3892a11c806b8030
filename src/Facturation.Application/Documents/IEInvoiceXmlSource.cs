using Facturation.Documents;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>The CII (Factur-X EN 16931) of a document being finalized, embedded in its PDF and archived beside it.</summary>
public interface IEInvoiceXmlSource
{
    /// <summary>The CII bytes, or null when no e-invoice applies (Québec documents).</summary>
    byte[]? CiiFor(Invoice invoice, InvoiceDocumentSnapshot snapshot);
}
