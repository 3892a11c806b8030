using Facturation.Application.Invoicing.Listing;
using Facturation.Domain.Common;
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

    public static async Task<IActionResult> ExportAsync(ControllerBase controller, InvoiceListService list, InvoiceListParameters parameters, string? format, IReadOnlyList<string> columns, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(parameters);
        var kind = format?.ToLowerInvariant() ?? "csv";
        if (kind is not ("csv" or "xlsx"))
        {
            throw new DomainException("export.format", "Format d'export inconnu : csv ou xlsx.", "format");
        }

        var file = new MemoryStream();
        await InvoiceListExport.WriteAsync(kind, list, parameters.ToQuery(), columns, file, ct);
        file.Position = 0;
        return controller.File(file, InvoiceListExport.ContentType(kind), $"factures.{kind}");
    }
}
