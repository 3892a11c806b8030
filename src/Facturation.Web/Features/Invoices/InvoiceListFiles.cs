using Facturation.Application.Invoicing.Listing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>The ZIP and export responses, shared by the screen and the API.</summary>
public static class InvoiceListFiles
{
    public static async Task<IActionResult> ZipAsync(ControllerBase controller, InvoiceZipArchive archive, IReadOnlyCollection<int>? invoiceIds, string channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(archive);
        var zip = new MemoryStream();
        await archive.WriteAsync(invoiceIds ?? [], controller.User.ToActor(), channel, zip, ct);
        zip.Position = 0;
        return controller.File(zip, "application/zip", "documents.zip");
    }

    public static Task<IActionResult> ExportAsync(ControllerBase controller, InvoiceListExport export, InvoiceListParameters parameters, string? format, IReadOnlyList<string> columns, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(export);
        return SpreadsheetFile.FileAsync(controller, format, "factures", "Factures", () => export.Rows(parameters.ToQuery(), columns, ct), ct);
    }
}
