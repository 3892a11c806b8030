using System.Net;
using System.Text.Json;
using Facturation.Application.Identity;
using Facturation.Testing;

namespace Facturation.Web.Tests.Exports;

/// <summary>The export API, screen and command line over the reference data set (pinned dates, SQLite file).</summary>
public sealed class ExportApiTests : IAsyncLifetime, IDisposable
{
    private readonly ClockedFacturationApp _app = new();
    private readonly string _output = Directory.CreateTempSubdirectory("facturation-export-").FullName;

    public async Task InitializeAsync() => await AccountingDataset.CreateAsync(_app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Fec_for_an_accountant_is_the_file_named_by_siren_and_period_end()
    {
        using var api = await _app.ApiClientAsync(Roles.Accountant);

        var response = await api.GetAsync("/api/v1/exports/fec?from=2026-01-01&to=2026-12-31");
        var content = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=iso-8859-15", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("884123456FEC20261231.txt", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.StartsWith("JournalCode\tJournalLib\tEcritureNum\t", System.Text.Encoding.Latin1.GetString(content));
        Assert.Contains("\r\nBQ\tBanque\t7\t20260715\t411000\t", System.Text.Encoding.Latin1.GetString(content));
    }

    [Fact]
    public async Task Billing_manager_without_accountant_role_gets_403()
    {
        using var api = await _app.ApiClientAsync(Roles.BillingManager);

        var fec = await api.GetAsync("/api/v1/exports/fec?from=2026-01-01&to=2026-12-31");
        var journal = await api.GetAsync("/api/v1/exports/journal?from=2026-01-01&to=2026-12-31&format=csv");

        Assert.Equal(HttpStatusCode.Forbidden, fec.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, journal.StatusCode);
    }

    [Fact]
    public async Task Journal_xlsx_and_csv_have_their_content_types_and_bad_input_is_a_400_keyed_by_field()
    {
        using var api = await _app.ApiClientAsync(Roles.Accountant);

        var xlsx = await api.GetAsync("/api/v1/exports/journal?from=2026-01-01&to=2026-06-30&format=xlsx");
        var csv = await api.GetAsync("/api/v1/exports/journal?from=2026-01-01&to=2026-06-30&format=csv");
        var badFormat = await api.GetAsync("/api/v1/exports/journal?from=2026-01-01&to=2026-06-30&format=pdf");
        var backwards = await api.GetAsync("/api/v1/exports/fec?from=2026-12-31&to=2026-01-01");
        var missing = await api.GetAsync("/api/v1/exports/fec?to=2026-01-01");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("journal-20260101-20260630.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal([(byte)'P', (byte)'K'], (await xlsx.Content.ReadAsByteArrayAsync()).Take(2));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["format"], await ErrorFieldsAsync(badFormat));
        Assert.Equal(["to"], await ErrorFieldsAsync(backwards));
        Assert.Equal(["from"], await ErrorFieldsAsync(missing));
    }

    [Fact]
    public async Task Exports_screen_offers_presets_and_downloads_for_accountants_only()
    {
        using var accountant = await _app.SignInAsync(Roles.Accountant);
        using var biller = await _app.SignInAsync(Roles.BillingManager);

        var page = await accountant.GetStringAsync("/Exports");
        var download = await accountant.GetAsync("/Exports?From=2026-01-01&To=2026-12-31&Download=fec");
        var invalid = await accountant.GetAsync("/Exports?From=2026-12-31&To=2026-01-01&Download=csv");
        var refused = await biller.GetAsync("/Exports");

        Assert.Contains("Exercice en cours", page);
        Assert.Contains("data-testid=\"download-xlsx\"", page);
        Assert.Equal("884123456FEC20261231.txt", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("La date de fin précède la date de début.", await invalid.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task Command_line_writes_the_fec_under_its_legal_name_and_refuses_bad_dates()
    {
        var environment = new Dictionary<string, string> { ["Database__DataDirectory"] = _app.DataDirectory };
        using var api = await _app.ApiClientAsync(Roles.Accountant);
        var fromApi = await api.GetByteArrayAsync("/api/v1/exports/fec?from=2026-01-01&to=2026-12-31");

        var (exit, stdout, stderr) = await AppProcess.RunAsync(_app.DataDirectory, environment, "export", "fec", "--from", "2026-01-01", "--to", "2026-12-31", "--output", _output);
        var (badExit, _, badStderr) = await AppProcess.RunAsync(_app.DataDirectory, environment, "export", "journal", "--from", "2026-02-30", "--to", "2026-12-31");

        Assert.True(exit == 0, stderr);
        Assert.Empty(stdout);
        var written = Path.Combine(_output, "884123456FEC20261231.txt");
        Assert.Contains("884123456FEC20261231.txt écrit", stderr);
        Assert.Equal(fromApi, await File.ReadAllBytesAsync(written));
        Assert.Equal(2, badExit);
        Assert.Contains("date invalide", badStderr);
    }

    [Fact]
    public async Task Command_line_journal_goes_to_standard_output_without_output_option()
    {
        var environment = new Dictionary<string, string> { ["Database__DataDirectory"] = _app.DataDirectory };

        var (exit, stdout, stderr) = await AppProcess.RunAsync(_app.DataDirectory, environment, "export", "journal", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.StartsWith("\uFEFFJournal;N° écriture;Date;N° pièce;Compte", stdout);
        Assert.Contains("journal-20260101-20260131.csv écrit sur la sortie standard.", stderr);
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_output, recursive: true);
    }

    private static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }
}
