namespace Facturation.Documents;

/// <summary>Turns a document snapshot into PDF bytes; the one seam where another engine or licence plugs in.</summary>
public interface IInvoiceDocumentRenderer
{
    byte[] Render(InvoiceDocumentSnapshot snapshot);
}
