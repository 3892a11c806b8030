using Facturation.Domain.Invoicing;

namespace Facturation.Application.Documents;

/// <summary>
/// The source used until the CII serializer is registered in its place: no XML, so issued documents are archived
/// as PDF/A-3b without a Factur-X attachment (never with a made-up CII).
/// </summary>
public sealed class NoEInvoiceXml : IEInvoiceXmlSource
{
    public Task<byte[]?> CiiForAsync(Invoice invoice, CancellationToken ct) => Task.FromResult<byte[]?>(null);
}
