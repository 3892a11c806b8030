using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Facturation.Testing;

namespace Facturation.Web.Tests.Observability;

/// <summary>
/// The real binary, alone in its process so that its meters are its own: what <c>/metrics</c> reports after a
/// finalization and an e-mail request, what reaches an OTLP collector, what the JSON logs carry, and the silence of
/// a default start.
/// </summary>
public sealed partial class TelemetryProcessTests : IDisposable
{
    private const string ScrapeToken = "prometheus-scrape-token-2026";
    private const string AdminPassword = "Operator-Password-2026";
    private static readonly string[] Recipients = ["client@exemple.fr"];

    private readonly string _data = Directory.CreateTempSubdirectory("facturation-telemetry-").FullName;

    [Fact]
    public async Task Finalization_and_outbox_show_in_metrics_reach_the_otlp_collector_and_the_json_logs()
    {
        using var collector = new OtlpReceiver();
        var environment = new Dictionary<string, string>
        {
            ["FACTURATION_ADMIN_PASSWORD"] = AdminPassword,
            ["Telemetry__ScrapeToken"] = ScrapeToken,
            ["Telemetry__OutboxSampleInterval"] = "00:00:00.300",
            ["Telemetry__OtlpEndpoint"] = collector.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["Outbox__Enabled"] = "false", // the e-mail stays pending: the gauges have something to show
            ["Jobs__Enabled"] = "false", // the archive job's first pass must not render the invoice a second time
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = "2525",
            ["Smtp__Security"] = "None",
            ["Smtp__From"] = "Ma Société <factures@facturation.test>",
        };
        var (app, url) = await AppProcess.StartServerAsync(_data, environment);
        await using (app)
        {
            var (_, token, _) = await AppProcess.RunAsync(_data, environment, "token", "create", "--email", FacturationApp.AdminEmail);
            using var api = AppProcess.ApiClient(url, token.Trim());
            using var scraper = AppProcess.ApiClient(url, ScrapeToken);
            var before = await scraper.GetStringAsync("/metrics");

            var invoiceId = await FinalInvoiceAsync(api);
            var send = await api.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/send", new { to = Recipients });
            var metrics = await WaitForMetricsAsync(scraper, body => Value(body, "facturation_outbox_pending") == 1);

            Assert.Null(Value(before, "facturation_finalizations_total", "document_kind=\"invoice\""));
            Assert.Equal(HttpStatusCode.Accepted, send.StatusCode);
            Assert.Equal(1, Value(metrics, "facturation_finalizations_total", "document_kind=\"invoice\""));
            Assert.Equal(1, Value(metrics, "facturation_finalization_duration_seconds_count", "document_kind=\"invoice\""));
            Assert.True(Value(metrics, "facturation_finalization_duration_seconds_sum", "document_kind=\"invoice\"") > 0);
            Assert.Equal(1, Value(metrics, "facturation_pdf_render_duration_seconds_count", "pdf_kind=\"archive\""));
            Assert.True(Value(metrics, "facturation_outbox_oldest_pending_age_seconds") >= 0);
            Assert.Contains("http_server_request_duration_seconds_bucket", metrics, StringComparison.Ordinal);
            Assert.True(await collector.WaitForAsync("/v1/traces", TimeSpan.FromSeconds(30)), "No trace export: " + collector.Received);
            Assert.True(await collector.WaitForAsync("/v1/metrics", TimeSpan.FromSeconds(30)), "No metric export: " + collector.Received);
            AssertFinalizationLogged(invoiceId);
        }
    }

    [Fact]
    public async Task Default_start_has_no_otlp_exporter_and_says_nothing_about_telemetry()
    {
        var (app, url) = await AppProcess.StartServerAsync(_data, new Dictionary<string, string> { ["FACTURATION_ADMIN_PASSWORD"] = AdminPassword });
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var live = await client.GetAsync("/health/live");
            var metrics = await client.GetAsync("/metrics");
            await Task.Delay(TimeSpan.FromSeconds(2));

            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, metrics.StatusCode);
            Assert.DoesNotMatch(TelemetryNoise(), app.Output);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being closed by the killed process; the temp folder is cleaned by the OS.
        }
    }

    private static async Task<int> FinalInvoiceAsync(HttpClient api)
    {
        var customers = await api.GetFromJsonAsync<JsonElement>("/api/v1/customers?search=DUPONT");
        var customerId = customers.GetProperty("items")[0].GetProperty("id").GetInt32();
        var lines = new[] { new { description = "Conseil", quantity = 1m, unitPrice = 100m, taxCode = "TVA20" } };
        var created = await api.PostAsJsonAsync("/api/v1/invoices", new { customerId, paymentTermsDays = 30, lines });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var finalized = await api.PostAsync($"/api/v1/invoices/{id}/finalize", null);
        Assert.Equal(HttpStatusCode.OK, finalized.StatusCode);
        return id;
    }

    private static async Task<string> WaitForMetricsAsync(HttpClient scraper, Func<string, bool> ready)
    {
        var limit = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var body = await scraper.GetStringAsync("/metrics");
            if (ready(body) || DateTime.UtcNow > limit)
            {
                return body;
            }

            await Task.Delay(300);
        }
    }

    /// <summary>The value of the first sample of <paramref name="metric"/> whose labels contain <paramref name="label"/>; null when absent.</summary>
    private static double? Value(string exposition, string metric, string label = "")
    {
        foreach (Match sample in SamplePattern().Matches(exposition))
        {
            if (sample.Groups["name"].Value == metric && sample.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            {
                return double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The request-completion event of the finalization, in the JSON log file: request id, user and trace id.</summary>
    private void AssertFinalizationLogged(int invoiceId)
    {
        var events = Directory.GetFiles(Path.Combine(_data, "logs"), "facturation-*.json")
            .SelectMany(ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == $"/api/v1/invoices/{invoiceId}/finalize" && e.TryGetProperty("StatusCode", out _))
            .ToList();
        var completion = Assert.Single(events);
        Assert.Equal(FacturationApp.AdminEmail, completion.GetProperty("UserName").GetString());
        Assert.False(string.IsNullOrEmpty(completion.GetProperty("RequestId").GetString()));
        Assert.Matches("^[0-9a-f]{32}$", completion.GetProperty("@tr").GetString());
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SamplePattern();

    [GeneratedRegex("opentelemetry|otlp|exporter", RegexOptions.IgnoreCase)]
    private static partial Regex TelemetryNoise();
}
