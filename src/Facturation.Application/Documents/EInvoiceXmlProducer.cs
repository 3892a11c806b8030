using Facturation.Documents;
using Facturation.Documents.EInvoicing;
using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>
/// Writes the CII and the UBL of an issued document from the EN 16931 model its snapshot carries. Pure and
/// deterministic: the same snapshot always gives the same bytes, so the CII archived beside the PDF and the one
/// embedded in it are identical.
/// </summary>
public sealed class EInvoiceXmlProducer : IEInvoiceXmlSource
{
    public byte[]? CiiFor(Invoice invoice, InvoiceDocumentSnapshot snapshot) => ModelOf(invoice, snapshot) is { } model ? CiiSerializer.Serialize(model) : null;

    public static byte[]? UblFor(Invoice invoice, InvoiceDocumentSnapshot snapshot) => ModelOf(invoice, snapshot) is { } model ? UblSerializer.Serialize(model) : null;

    private static EInvoice? ModelOf(Invoice invoice, InvoiceDocumentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(snapshot);
        return invoice.IsDraft ? null : snapshot.EInvoice;
    }
}
