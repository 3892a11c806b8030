using Facturation.Application.Data;
using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// The accounting exports of a period: the FEC and the journal (CSV, XLSX), all written from the same
/// <see cref="AccountingEntries"/>. Used alike by the Exports screen, the API and the command line.
/// </summary>
public sealed class AccountingExportService(FacturationDb db, AccountingEntries entries)
{
    /// <summary>Checks what the file name needs first, then streams the entries into <paramref name="output"/>.</summary>
    public async Task<AccountingExportFile> ExportAsync(AccountingExportFormat format, AccountingPeriod period, Stream output, CancellationToken ct)
    {
        var file = await DescribeAsync(format, period, ct);
        await Writer(format).WriteAsync(entries.BuildAsync(period, ct), output, ct);
        return file;
    }

    /// <summary>The file's name and content type; refuses a FEC while the company has no SIREN.</summary>
    public async Task<AccountingExportFile> DescribeAsync(AccountingExportFormat format, AccountingPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var writer = Writer(format);
        var fileName = format == AccountingExportFormat.Fec
            ? await FecFileNameAsync(period, ct)
            : $"journal-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.{writer.Extension}";
        return new AccountingExportFile(fileName, writer.ContentType);
    }

    /// <summary><c>csv</c> or <c>xlsx</c> (case-insensitive); anything else is refused on the field <c>format</c>.</summary>
    public static AccountingExportFormat JournalFormat(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        "csv" or null or "" => AccountingExportFormat.Csv,
        "xlsx" => AccountingExportFormat.Xlsx,
        _ => throw new DomainException("export.format", "Format inconnu : choisissez csv ou xlsx.", "format"),
    };

    private static IJournalWriter Writer(AccountingExportFormat format) => format switch
    {
        AccountingExportFormat.Fec => new FecWriter(),
        AccountingExportFormat.Csv => new JournalCsvWriter(),
        AccountingExportFormat.Xlsx => new JournalXlsxWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary><c>{SIREN}FEC{yyyyMMdd}.txt</c>, the date being the end of the period (the closing date of the year).</summary>
    private async Task<string> FecFileNameAsync(AccountingPeriod period, CancellationToken ct)
    {
        var siren = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Siren).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(siren))
        {
            throw DomainException.Conflict("export.siren_required", "Renseignez le SIREN de la société (Paramètres) : il donne son nom au FEC.");
        }

        return $"{siren}FEC{period.To:yyyyMMdd}.txt";
    }
}
