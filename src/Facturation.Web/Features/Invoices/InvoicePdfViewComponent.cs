using Facturation.Application.Documents;
using Facturation.Domain.Invoicing;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The PDF block of the document page: download or preview button and who downloaded it when.</summary>
public sealed class InvoicePdfViewComponent(InvoiceDownloadService downloads) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var history = invoice.IsDraft ? [] : await downloads.HistoryAsync(invoice.Id, HttpContext.RequestAborted);
        return View(new InvoicePdfPanel(invoice, history));
    }
}
