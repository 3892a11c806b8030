using Facturation.Application.Accounting.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Infrastructure;

public static class ExportResponses
{
    /// <summary>
    /// Writes the export to a temporary file deleted when the response is done, then streams it: the whole file is
    /// never in memory, and a refusal (e.g. no SIREN) happens before any byte of the response is sent.
    /// </summary>
    public static async Task<IActionResult> ExportFileAsync(
        this ControllerBase controller,
        AccountingExportService exports,
        AccountingExportFormat format,
        AccountingPeriod period,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(exports);
        var path = Path.Combine(Path.GetTempPath(), $"facturation-export-{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var file = await exports.ExportAsync(format, period, stream, ct);
            stream.Position = 0;
            return controller.File(stream, file.ContentType, file.FileName);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }
}
