using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// The journal as CSV for accounting software and spreadsheets set to French: UTF-8 with BOM, ';' separator,
/// RFC 4180 quoting (CsvHelper), dates dd/MM/yyyy, amounts with a decimal comma and no thousands separator.
/// </summary>
public sealed class JournalCsvWriter : IJournalWriter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => "csv";

    public async Task WriteAsync(IAsyncEnumerable<JournalEntry> entries, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(French) { Delimiter = ";", NewLine = "\r\n" });
        foreach (var header in JournalRow.Headers)
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        await foreach (var row in JournalRow.Of(entries).WithCancellation(ct))
        {
            foreach (var field in Fields(row))
            {
                csv.WriteField(field);
            }

            await csv.NextRecordAsync();
        }
    }

    public static IEnumerable<string> Fields(JournalRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        yield return row.Journal;
        yield return row.EntryNumber.ToString(CultureInfo.InvariantCulture);
        yield return row.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        yield return row.DocumentNumber;
        yield return row.Account;
        yield return row.AccountLabel;
        yield return row.AuxiliaryAccount ?? string.Empty;
        yield return row.AuxiliaryLabel ?? string.Empty;
        yield return row.Label;
        yield return row.Debit.ToString("0.00", French);
        yield return row.Credit.ToString("0.00", French);
        yield return row.VatCode ?? string.Empty;
        yield return row.Letter ?? string.Empty;
    }
}
