using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Facturation.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// Tabular exports as CSV (CsvHelper, ';', UTF-8 with BOM so Excel FR opens it right) or XLSX (MiniExcel), from rows
/// read lazily (one dictionary per row, header → value, in column order). Amounts are written fr-FR with two decimals
/// in CSV and as numbers in XLSX. Used by the sales-list export and the payments journal export.
/// </summary>
public static class SpreadsheetFile
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary><c>csv</c> (default) or <c>xlsx</c>; anything else is refused next to the <c>format</c> field.</summary>
    public static string Format(string? format)
    {
        var kind = format?.ToLowerInvariant() ?? "csv";
        return kind is "csv" or "xlsx" ? kind : throw new DomainException("export.format", "Format d'export inconnu : csv ou xlsx.", "format");
    }

    public static string ContentType(string format) =>
        format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";

    public static async Task WriteAsync(string format, IAsyncEnumerable<Dictionary<string, object?>> rows, string sheetName, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (format == "xlsx")
        {
            await MiniExcel.SaveAsAsync(output, rows, sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: ct);
            return;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(French) { Delimiter = ";", NewLine = "\r\n" });
        var first = true;
        await foreach (var cells in rows.WithCancellation(ct))
        {
            if (first)
            {
                foreach (var header in cells.Keys)
                {
                    csv.WriteField(header);
                }

                await csv.NextRecordAsync();
                first = false;
            }

            foreach (var value in cells.Values)
            {
                csv.WriteField(value is decimal amount ? amount.ToString("0.00", French) : value?.ToString());
            }

            await csv.NextRecordAsync();
        }
    }

    /// <summary>The file response <c>{baseName}.{format}</c>; a bad format is refused before anything is read.</summary>
    public static async Task<IActionResult> FileAsync(ControllerBase controller, string? format, string baseName, string sheetName, Func<IAsyncEnumerable<Dictionary<string, object?>>> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(rows);
        var kind = Format(format);
        var file = new MemoryStream();
        await WriteAsync(kind, rows(), sheetName, file, ct);
        file.Position = 0;
        return controller.File(file, ContentType(kind), $"{baseName}.{kind}");
    }
}
