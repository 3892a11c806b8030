using Facturation.Application.Documents;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// A document's PDF on screen: the archived bytes of an issued document (the download is recorded), the
/// watermarked preview of a draft. <c>?inline=true</c> opens it in the browser instead of saving it.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class InvoicePdfController(InvoiceDownloadService downloads) : Controller
{
    [HttpGet("/Invoices/{id:int}/Pdf", Name = Urls.InvoicePdfRoute)]
    public async Task<IActionResult> Pdf(int id, bool inline = false, CancellationToken ct = default) =>
        this.PdfFile(await downloads.DownloadAsync(id, User.ToActor(), InvoiceDownloadService.WebChannel, ct), inline);
}
