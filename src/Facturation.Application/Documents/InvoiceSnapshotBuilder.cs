using Facturation.Application.Data;
using Facturation.Documents;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>Loads what a document prints (company with its logo, customer with its contacts, corrected invoice) and maps it.</summary>
public sealed class InvoiceSnapshotBuilder(FacturationDb db)
{
    public async Task<InvoiceDocumentSnapshot> BuildAsync(Invoice invoice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var company = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct) ?? new Company("Ma société");
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == invoice.CustomerId, ct)
            ?? throw DomainException.NotFound("customer", "Client", invoice.CustomerId);
        var corrected = invoice.Kind == InvoiceKind.CreditNote && invoice.OriginInvoiceId is { } originId
            ? await db.Invoices.AsNoTracking().Where(i => i.Id == originId).Select(i => i.Number ?? i.ProformaNumber).SingleOrDefaultAsync(ct)
            : null;
        return InvoiceSnapshotMapping.ToSnapshot(invoice, company, customer, corrected);
    }
}
