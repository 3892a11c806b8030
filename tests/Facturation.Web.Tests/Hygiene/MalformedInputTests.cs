using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Facturation.Application.Identity;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Facturation.Web.Tests.Dossiers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Web.Tests.Hygiene;

/// <summary>
/// Issue 11, "done when": every write endpoint of the API (found in the app's <see cref="EndpointDataSource"/>, so new
/// ones are covered without editing this test) receives generated bad bodies (deterministic seed); no answer is a
/// 5xx, and a refused request (4xx) leaves every table exactly as it was (hash of all rows before and after).
/// </summary>
public sealed partial class MalformedInputTests : IDisposable
{
    private const int BodiesPerRoute = 10;
    private const string UnknownId = "999999";

    /// <summary>Written by reads or by the clock, not by the request under test.</summary>
    private static readonly HashSet<string> VolatileTables = new(StringComparer.OrdinalIgnoreCase) { "ApiTokens", "DataProtectionKeys", "LoginThrottles" };

    private static readonly string[] Fields =
    [
        "customerId", "lines", "issueDate", "dueDate", "currency", "type", "kind", "amount", "date", "method", "allocations", "invoiceId",
        "reference", "name", "code", "billingAddress", "contacts", "percent", "quantity", "unitPrice", "taxCode", "dossierIds", "invoiceIds",
        "grouping", "finalize", "to", "cc", "subject", "body", "reason", "depositDeduction", "mode", "dossierLineId", "deductedInvoiceId",
        "paymentTermsDays", "notes", "description", "discountPercent", "productId", "billingContactId", "publicNote",
    ];

    private static readonly string[] BadValues =
    [
        "null", "-1", "0", "-0.001", "1e30", "-1e30", "79228162514264337593543950336", "1.123456789012345", "2147483648", "-2147483649",
        "\"abc\"", "\"\"", "\"\\u0000\"", "\"a\\u0001b\"", "\"\\ud800\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"1900-01-01\"", "\"2026-02-30\"",
        "[]", "{}", "[null]", "[{}]", "true", "\"NaN\"", "[1,2,3]", "[\"x\"]", "{\"a\":1}", "[{\"quantity\":-5,\"unitPrice\":1e28}]",
        "[{\"dossierLineId\":999999,\"percent\":50}]", "[{\"invoiceId\":999999,\"amount\":10}]",
    ];

    // No background worker may write while the database is fingerprinted around each request.
    private readonly FacturationApp _app = new FacturationApp().With("Outbox:Enabled", "false").With("Webhooks:Enabled", "false").With("Jobs:Enabled", "false");

    [Fact]
    public async Task Bad_bodies_on_every_write_endpoint_give_no_5xx_and_no_partial_write()
    {
        var api = await _app.ApiClientAsync(Roles.Admin, Roles.BillingManager, Roles.Accountant);
        var ids = await ExistingIdsAsync(api);
        var routes = WriteRoutes();
        Assert.True(routes.Count >= 20, $"only {routes.Count} write routes found");
        var random = new Random(20261127);
        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        var requests = 0;
        await using var watcher = new SqliteConnection($"Data Source={_app.SqliteFile};Mode=ReadOnly;Pooling=False");
        await watcher.OpenAsync();
        var version = await DataVersionAsync(watcher);
        var hash = await HashAllRowsAsync();
        foreach (var (method, template) in routes)
        {
            for (var i = 0; i < BodiesPerRoute; i++)
            {
                var path = "/" + RouteParameter().Replace(template, m => i % 3 == 0 ? UnknownId : ids.GetValueOrDefault(template.Split('/')[2], UnknownId));
                var body = Body(random, i);
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var response = await api.SendAsync(request);
                requests++;
                var status = (int)response.StatusCode;
                // data_version moves when any other connection commits: the full hash is needed only then.
                var afterVersion = await DataVersionAsync(watcher);
                var after = afterVersion == version ? hash : await HashAllRowsAsync();
                version = afterVersion;
                if (status >= 500)
                {
                    failures.Add($"{method} {path} → {status} for {Shorten(body)}: {Shorten(await response.Content.ReadAsStringAsync())}");
                }
                else if (status >= 400 && after != hash)
                {
                    failures.Add($"{method} {path} → {status} but the database changed, for {Shorten(body)}");
                }

                hash = after;
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests failed:\n" + string.Join("\n", failures.Take(30)));
        Assert.True(requests >= 200, $"{requests} requests");
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"took {watch.Elapsed}");
    }

    public void Dispose() => _app.Dispose();

    private List<(string Method, string Template)> WriteRoutes() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Template: e.RoutePattern.RawText!)))
            .Where(r => r.Method is "POST" or "PUT" or "DELETE")
            .Distinct()
            .OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>Real documents for the routes with an id, so that bad bodies also reach the services, not only 404s.</summary>
    private async Task<Dictionary<string, string>> ExistingIdsAsync(HttpClient api)
    {
        var documents = new DocumentApi(_app, api);
        var invoiceId = DocumentApi.Id(await documents.FinalInvoiceAsync());
        var invoice = invoiceId.ToString(CultureInfo.InvariantCulture);
        var payment = await DocumentApi.ReadAsync(await documents.PayAsync(await documents.CustomerIdAsync(), 10m, (invoiceId, 10m)), HttpStatusCode.Created);
        var dossiers = new DossierApi(_app, api);
        var dossier = (await dossiers.AcceptedAsync(DossierApi.Line(2, 100, "TVA20"))).ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["invoices"] = invoice,
            ["credit-notes"] = invoice,
            ["payments"] = DocumentApi.Id(payment).ToString(CultureInfo.InvariantCulture),
            ["dossiers"] = dossier,
            ["customers"] = (await documents.CustomerIdAsync()).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Body(Random random, int index)
    {
        switch (index)
        {
            case 0: return string.Empty;
            case 1: return "null";
            case 2: return new string('[', 300) + new string(']', 300);
            case 3: return "{\"lines\":" + string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200) + "}";
            case 4: return "{\"name\":\"" + new string('x', 100_000) + "\",\"reason\":\"" + new string('y', 100_000) + "\"}";
        }

        var fields = Fields.OrderBy(_ => random.Next()).Take(random.Next(1, 7));
        return "{" + string.Join(",", fields.Select(f => $"\"{f}\":{BadValues[random.Next(BadValues.Length)]}")) + "}";
    }

    private static async Task<long> DataVersionAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> HashAllRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_app.SqliteFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables.Where(t => !VolatileTables.Contains(t)))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            sha.AppendData(Encoding.UTF8.GetBytes(table));
            while (await reader.ReadAsync())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    sha.AppendData(reader.IsDBNull(c) ? [0] : reader.GetValue(c) is byte[] bytes ? bytes : Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(c), CultureInfo.InvariantCulture)!));
                    sha.AppendData([0x1f]);
                }
            }
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^}]+\}")]
    private static partial System.Text.RegularExpressions.Regex RouteParameter();
}
