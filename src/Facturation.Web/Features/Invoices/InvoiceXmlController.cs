using Facturation.Application.Documents;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The archived CII and UBL of an issued document, downloaded from its page.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class InvoiceXmlController(InvoiceXmlService xml) : Controller
{
    [HttpGet("/Invoices/{id:int}/Cii", Name = Urls.InvoiceCiiRoute)]
    public async Task<IActionResult> Cii(int id, CancellationToken ct) => XmlFile(await xml.GetAsync(id, InvoiceXmlSyntax.Cii, ct));

    [HttpGet("/Invoices/{id:int}/Ubl", Name = Urls.InvoiceUblRoute)]
    public async Task<IActionResult> Ubl(int id, CancellationToken ct) => XmlFile(await xml.GetAsync(id, InvoiceXmlSyntax.Ubl, ct));

    private FileContentResult XmlFile(InvoiceXml file) => File(file.Content, "application/xml", file.FileName);
}
