using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// The journal as an XLSX workbook (MiniExcel, ADR-017): one sheet "Journal", the same rows and headers as the CSV,
/// amounts as numbers and dates as dates, written row by row from the entries as they are built.
/// </summary>
public sealed class JournalXlsxWriter : IJournalWriter
{
    public const string SheetName = "Journal";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Extension => "xlsx";

    public async Task WriteAsync(IAsyncEnumerable<JournalEntry> entries, Stream output, CancellationToken ct)
    {
        var configuration = new OpenXmlConfiguration
        {
            FastMode = true,
            DynamicColumns = [new DynamicExcelColumn(JournalRow.Headers[2]) { Format = "dd/MM/yyyy" }],
        };
        await MiniExcel.SaveAsAsync(output, Rows(entries, ct), sheetName: SheetName, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: ct);
    }

    private static async IAsyncEnumerable<Dictionary<string, object?>> Rows(IAsyncEnumerable<JournalEntry> entries, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var headers = JournalRow.Headers;
        await foreach (var row in JournalRow.Of(entries).WithCancellation(ct))
        {
            object?[] values =
            [
                row.Journal, row.EntryNumber, row.Date.ToDateTime(TimeOnly.MinValue), row.DocumentNumber, row.Account, row.AccountLabel,
                row.AuxiliaryAccount, row.AuxiliaryLabel, row.Label, row.Debit, row.Credit, row.VatCode, row.Letter,
            ];
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                cells[headers[i]] = values[i];
            }

            yield return cells;
        }
    }
}
