using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing;
using Facturation.Application.Payments;

namespace Facturation.Web.Api.V1;

/// <summary>The full invoice resource of <c>GET /api/v1/invoices/{id}</c>, also the document carried by webhooks.</summary>
public sealed class InvoiceResource(InvoiceService invoices, PaymentService payments, IssuedSnapshotStore issuedSnapshots, IBusinessClock clock)
{
    public async Task<InvoiceDto> GetAsync(int id, CancellationToken ct)
    {
        var invoice = await invoices.GetAsync(id, ct);
        return InvoiceDto.From(invoice, clock.Today) with
        {
            Payments = (await payments.SettlementsOfAsync(id, ct)).Select(PaymentEntryDto.From).ToList(),
            Customer = DocumentCustomerDto.From(await issuedSnapshots.CustomerBlockAsync(invoice, ct)),
        };
    }
}
