using System.Globalization;
using Facturation.Application.Accounting.Exports;
using Facturation.Application.Setup;
using Facturation.Domain.Common;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// <c>export fec|journal --from --to [--format csv|xlsx] [--output FILE|DIRECTORY]</c>: the file goes to
/// <c>--output</c> (a directory gets the file's own name, e.g. <c>{SIREN}FEC{yyyyMMdd}.txt</c>) or to standard
/// output; messages go to standard error. Exit codes: 0 written, 1 refused (e.g. no SIREN), 2 bad arguments.
/// </summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(IServiceProvider provider, string kind, string[] options, string usage)
    {
        AccountingExportFormat format;
        AccountingPeriod period;
        try
        {
            format = kind == "fec" ? AccountingExportFormat.Fec : AccountingExportService.JournalFormat(CommandLine.Option(options, "--format"));
            period = AccountingPeriod.Of(Date(CommandLine.Option(options, "--from"), "--from"), Date(CommandLine.Option(options, "--to"), "--to"));
        }
        catch (DomainException invalid)
        {
            await Console.Error.WriteLineAsync(invalid.Message + "\n" + usage);
            return 2;
        }

        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var exports = provider.GetRequiredService<AccountingExportService>();
        AccountingExportFile file;
        try
        {
            file = await exports.DescribeAsync(format, period, CancellationToken.None);
        }
        catch (DomainException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }

        var output = CommandLine.Option(options, "--output");
        if (output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await exports.ExportAsync(format, period, stdout, CancellationToken.None);
            await Console.Error.WriteLineAsync($"{file.FileName} écrit sur la sortie standard.");
            return 0;
        }

        var path = Directory.Exists(output) ? Path.Combine(output, file.FileName) : output;
        await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await exports.ExportAsync(format, period, stream, CancellationToken.None);
        }

        await Console.Error.WriteLineAsync($"{file.FileName} écrit : {Path.GetFullPath(path)}");
        return 0;
    }

    private static DateOnly? Date(string? value, string name) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new DomainException("export.date", $"{name} : date invalide « {value} » (format AAAA-MM-JJ).", name);
}
