using Facturation.Application.Documents;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>
/// The EN 16931 e-invoice of an issued document, as archived at finalization: CII (Factur-X EN 16931 profile,
/// the XML embedded in the PDF) or UBL 2.1. 409 for drafts and Québec documents, with the reason.
/// </summary>
[Route("api/v1/invoices")]
public sealed class InvoiceXmlController(InvoiceXmlService xml) : ApiControllerBase
{
    [HttpGet("{id:int}/cii")]
    [Produces("application/xml")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public Task<IActionResult> Cii(int id, CancellationToken ct) => ServeAsync(id, InvoiceXmlSyntax.Cii, ct);

    [HttpGet("{id:int}/ubl")]
    [Produces("application/xml")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public Task<IActionResult> Ubl(int id, CancellationToken ct) => ServeAsync(id, InvoiceXmlSyntax.Ubl, ct);

    private async Task<IActionResult> ServeAsync(int id, InvoiceXmlSyntax syntax, CancellationToken ct)
    {
        var file = await xml.GetAsync(id, syntax, ct);
        Response.Headers["X-Content-SHA256"] = file.Sha256;
        return File(file.Content, "application/xml", file.FileName);
    }
}
