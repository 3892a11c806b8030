using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Facturation.Application.Accounting.Exports;
using Facturation.Testing;
using MiniExcelLibs;

namespace Facturation.Application.Tests.Accounting;

/// <summary>
/// The files of the reference data set: the FEC byte for byte against the committed file (SQLite and PostgreSQL),
/// the format checks of the DGFiP tester (Test Compta Demat), and the CSV and XLSX journals holding the same rows.
/// </summary>
public sealed partial class AccountingExportFileTests(SqliteDatasetFixture fixture) : IClassFixture<SqliteDatasetFixture>
{
    [Fact]
    public async Task Sqlite_fec_of_the_reference_dataset_matches_the_expected_file()
    {
        var (content, file) = await fixture.Dataset.ExportAsync(AccountingExportFormat.Fec);

        Assert.Equal(ReferenceFec.FileName, file.FileName);
        ReferenceFec.AssertMatches(content, "sqlite");
    }

    [PostgresFact]
    public async Task PostgreSql_fec_of_the_reference_dataset_is_byte_identical_to_the_expected_file()
    {
        await using var dataset = await ExportedDataset.PostgresAsync();

        var (content, file) = await dataset.ExportAsync(AccountingExportFormat.Fec);

        Assert.Equal(ReferenceFec.FileName, file.FileName);
        ReferenceFec.AssertMatches(content, "postgresql");
    }

    [Fact]
    public async Task Fec_follows_the_format_of_article_A47_A_1()
    {
        var (content, file) = await fixture.Dataset.ExportAsync(AccountingExportFormat.Fec);
        var text = FecWriter.Latin9.GetString(content);
        var lines = text.Split("\r\n");

        Assert.Equal("text/plain; charset=iso-8859-15", file.ContentType);
        Assert.Equal(string.Join('\t', FecWriter.Columns), lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        foreach (var record in lines.Skip(1).SkipLast(1))
        {
            var fields = record.Split('\t');
            Assert.Equal(18, fields.Length);
            Assert.Matches(AccountPrefix(), fields[4]);
            foreach (var date in new[] { fields[3], fields[9], fields[15] })
            {
                Assert.True(DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), date);
            }

            Assert.Matches(Amount(), fields[11]);
            Assert.Matches(Amount(), fields[12]);
            Assert.True((fields[11] == "0,00") ^ (fields[12] == "0,00"), record);
            Assert.All(new[] { fields[0], fields[2], fields[10], fields[15] }, f => Assert.NotEmpty(f));
            Assert.Equal(fields[13].Length == 0, fields[14].Length == 0);
        }

        Assert.Contains("\tCafé Saint-Laurent inc.\t", text);
        Assert.Contains((byte)0xE9, content); // "é" in ISO-8859-15, not the two UTF-8 bytes C3 A9
        Assert.DoesNotContain(content.Zip(content.Skip(1)), pair => pair is (0xC3, 0xA9));
    }

    [Fact]
    public async Task Xlsx_journal_read_back_has_the_same_rows_as_the_csv_journal()
    {
        var (csv, csvFile) = await fixture.Dataset.ExportAsync(AccountingExportFormat.Csv);
        var (xlsx, xlsxFile) = await fixture.Dataset.ExportAsync(AccountingExportFormat.Xlsx);

        var csvRows = ReadCsv(csv);
        using var stream = new MemoryStream(xlsx);
        var xlsxRows = stream.Query(useHeaderRow: false, sheetName: JournalXlsxWriter.SheetName)
            .Cast<IDictionary<string, object?>>()
            .Select((row, index) => row.Values.Select((v, column) => index == 0 || column == 1 ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty : Cell(v)).ToList())
            .ToList();

        Assert.Equal("journal-20260101-20261231.csv", csvFile.FileName);
        Assert.Equal("journal-20260101-20261231.xlsx", xlsxFile.FileName);
        Assert.Equal(JournalRow.Headers, csvRows[0]);
        Assert.True(csvRows.Count > 30);
        Assert.Equal(csvRows.Count, xlsxRows.Count);
        for (var i = 0; i < csvRows.Count; i++)
        {
            Assert.Equal(csvRows[i], xlsxRows[i]);
        }
    }

    [Fact]
    public async Task Csv_journal_rows_balance_and_name_document_account_and_vat_code()
    {
        var (csv, _) = await fixture.Dataset.ExportAsync(AccountingExportFormat.Csv);
        var rows = ReadCsv(csv).Skip(1).ToList();

        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Take(3));
        var debit = rows.Sum(r => decimal.Parse(r[9], CultureInfo.GetCultureInfo("fr-FR")));
        var credit = rows.Sum(r => decimal.Parse(r[10], CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(debit, credit);
        Assert.Contains(rows, r => r[0] == "VT" && r[4] == "707000" && r[11] == "TVA10");
        Assert.Contains(rows, r => r[0] == "VT" && r[4] == "411000" && r[6] == "DUPONT" && r[7] == "Dupont Imprimerie");
    }

    private static List<List<string>> ReadCsv(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";", HasHeaderRecord = false });
        var rows = new List<List<string>>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i) ?? string.Empty).ToList());
        }

        return rows;
    }

    /// <summary>A cell as the CSV writes it: dates dd/MM/yyyy, numbers with two decimals and a comma (entry numbers without).</summary>
    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double number => ((decimal)number).ToString("0.00", CultureInfo.GetCultureInfo("fr-FR")),
        decimal number => number.ToString("0.00", CultureInfo.GetCultureInfo("fr-FR")),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    [GeneratedRegex("^[0-9]{3}")]
    private static partial Regex AccountPrefix();

    [GeneratedRegex("^[0-9]+,[0-9]{2}$")]
    private static partial Regex Amount();
}
