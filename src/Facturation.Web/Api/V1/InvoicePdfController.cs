using Facturation.Application.Documents;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

[Route("api/v1/invoices")]
public sealed class InvoicePdfController(InvoiceDownloadService downloads) : ApiControllerBase
{
    /// <summary>The archived PDF of an issued document (recorded as a download by the token's user), or a draft's watermarked preview.</summary>
    [HttpGet("{id:int}/pdf")]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        var pdf = await downloads.DownloadAsync(id, User.ToActor(), InvoiceDownloadService.ApiChannel, ct);
        Response.Headers["X-Content-SHA256"] = pdf.Sha256;
        return File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
