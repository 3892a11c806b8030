using Facturation.Application.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The e-invoice block of the document page: CII and UBL downloads, or why there are none.</summary>
public sealed class InvoiceXmlViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return View(new InvoiceXmlPanel(invoice.Id, invoice.IsDraft, EInvoiceScope.RefusalFor(invoice)));
    }
}
