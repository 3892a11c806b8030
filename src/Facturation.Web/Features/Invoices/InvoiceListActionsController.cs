using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Invoicing.Listing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The list's own actions (ADR-022): customer autocomplete, "Tout télécharger" (ZIP) and "Exporter" (CSV/XLSX).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class InvoiceListActionsController(InvoiceListService list) : Controller
{
    [HttpGet("/Invoices/Customers")]
    public async Task<IActionResult> Customers(string? term, CancellationToken ct) =>
        Json(await list.CustomersMatchingAsync(term, 20, ct));

    [HttpPost("/Invoices/Archive")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Archive([FromForm] int[]? invoiceIds, [FromServices] InvoiceZipArchive archive, CancellationToken ct) =>
        await InvoiceListFiles.ZipAsync(this, archive, invoiceIds, InvoiceDownloadService.WebChannel, ct);

    [HttpGet("/Invoices/Export")]
    public async Task<IActionResult> Export([FromQuery] InvoiceListParameters parameters, [FromQuery] string? format, [FromQuery] string[]? cols, [FromServices] IBusinessClock clock, CancellationToken ct)
    {
        var columns = InvoiceListColumns.Normalize(cols is { Length: > 0 } ? cols : Request.Cookies[InvoiceListColumns.CookieName]?.Split(','));
        return await InvoiceListFiles.ExportAsync(this, new InvoiceListExport(list, clock), parameters, format, columns, ct);
    }
}
