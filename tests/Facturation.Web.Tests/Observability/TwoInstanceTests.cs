using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Facturation.Testing;
using Facturation.Web.Tests.Api;
using Npgsql;

namespace Facturation.Web.Tests.Observability;

/// <summary>
/// Two real app processes on one PostgreSQL database, as behind a load balancer (docs/operations.md, "Several
/// instances"): a session opened on one is honoured by the other (shared data-protection keys: cookie and
/// antiforgery token), numbers taken on both are gap-free, and each e-mail queued on either is delivered once.
/// </summary>
public sealed class TwoInstanceTests : IDisposable
{
    private const int Drafts = 20;
    private const int Sent = 10;
    private const string AdminPassword = "Operator-Password-2026";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly string _first = Directory.CreateTempSubdirectory("facturation-scale-a-").FullName;
    private readonly string _second = Directory.CreateTempSubdirectory("facturation-scale-b-").FullName;

    // Instances behind one load balancer share the archive store (ADR-025): a PDF archived by one is served by the other.
    private readonly string _archives = Directory.CreateTempSubdirectory("facturation-scale-archives-").FullName;

    [ServiceFact(TestService.Postgres, TestService.Smtp)]
    public async Task Two_instances_share_sessions_number_without_gaps_and_deliver_each_email_once()
    {
        var smtp = RequiredService.Smtp();
        using var catcher = new SmtpCatcher(smtp);
        await using var database = await PostgresDatabase.CreateAsync("two-instances");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["FACTURATION_ADMIN_PASSWORD"] = AdminPassword,
            ["Smtp__Host"] = smtp.Host,
            ["Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
            ["Smtp__From"] = "Ma Société <factures@facturation.test>",
            ["Outbox__PollInterval"] = "00:00:00.200",
            ["Outbox__BatchSize"] = "3",
            ["Archive__FolderPath"] = _archives,
        };
        // One after the other: the first migrates and seeds (minutes on a loaded CI machine), the second joins it.
        var (first, firstUrl) = await AppProcess.StartServerAsync(_first, environment, StartTimeout);
        await using var firstProcess = first;
        var (second, secondUrl) = await AppProcess.StartServerAsync(_second, environment, StartTimeout);
        await using var secondProcess = second;

        await AssertSessionOnOneFormOnTheOtherAsync(database, firstUrl, secondUrl);

        var (tokenExit, token, tokenError) = await AppProcess.RunAsync(_first, environment, "token", "create", "--email", FacturationApp.AdminEmail);
        Assert.True(tokenExit == 0, tokenError);
        using var firstApi = AppProcess.ApiClient(firstUrl, token.Trim());
        using var secondApi = AppProcess.ApiClient(secondUrl, token.Trim());
        HttpClient[] apis = [firstApi, secondApi];
        var ids = await CreateDraftsAsync(database, apis);
        await Task.WhenAll(ids.Select((id, i) => FinalizeAsync(apis[i % 2], id)));
        await AssertNumbersGapFreeAsync(database);

        var recipient = SmtpCatcher.NewAddress("scale");
        var messageIds = await Task.WhenAll(ids.Take(Sent).Select((id, i) => SendAsync(apis[i % 2], id, recipient)));
        await catcher.WaitForAsync(recipient, Sent, TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second delivery by the other instance would show by now
        var caught = (await catcher.ListAsync()).Where(email => email.IsAddressedTo(recipient)).ToList();
        var outbox = await OutboxAsync(database, messageIds);
        Assert.Equal(Sent, caught.Count);
        Assert.All(outbox, message => Assert.Equal(("Sent", 1), (message.Status, message.Attempts)));
        Assert.Equal(outbox.Select(m => m.MessageId).Order(StringComparer.Ordinal), caught.Select(email => email.MessageId!).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        foreach (var directory in new[] { _first, _second, _archives })
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A log file still being closed; the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>Signs in on the first instance, reads the customer form there and posts it (with its antiforgery token) to the second.</summary>
    private static async Task AssertSessionOnOneFormOnTheOtherAsync(PostgresDatabase database, string firstUrl, string secondUrl)
    {
        using var browser = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var onFirst = new HttpClient(browser, disposeHandler: false) { BaseAddress = new Uri(firstUrl) };
        using var onSecond = new HttpClient(browser, disposeHandler: false) { BaseAddress = new Uri(secondUrl) };
        var signIn = await onFirst.SubmitFormAsync("/Account/Login", new() { ["Email"] = FacturationApp.AdminEmail, ["Password"] = AdminPassword });
        var fields = new Dictionary<string, string>
        {
            ["Code"] = "MULTI",
            ["Name"] = "Deux Instances SARL",
            ["Kind"] = "Company",
            ["Siren"] = TestCustomers.Siren,
            ["BillingAddress.Line1"] = "1 rue de la Paix",
            ["BillingAddress.PostalCode"] = "75002",
            ["BillingAddress.City"] = "Paris",
            ["BillingAddress.Country"] = "FR",
            ["DefaultDiscountPercent"] = "0",
        };

        var created = await onSecond.SubmitFormAsync("/Customers/Create", fields, pageUrl: $"{firstUrl}/Customers/Create");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("/Customers/Details/", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1L, await database.ScalarAsync("""SELECT COUNT(*) FROM "Customers" WHERE "Code" = 'MULTI'"""));
    }

    private static async Task<List<int>> CreateDraftsAsync(PostgresDatabase database, HttpClient[] apis)
    {
        var customerId = (int)(await database.ScalarAsync("""SELECT "Id" FROM "Customers" WHERE "Code" = 'DUPONT'""") ?? 0);
        var ids = new List<int>();
        for (var i = 0; i < Drafts; i++)
        {
            var lines = new[] { new { description = $"Prestation {i}", quantity = 1m, unitPrice = 100m + i, taxCode = "TVA20" } };
            var created = await DocumentApi.ReadAsync(await apis[i % 2].PostAsJsonAsync("/api/v1/invoices", new { customerId, paymentTermsDays = 30, lines }), HttpStatusCode.Created);
            ids.Add(created.GetProperty("id").GetInt32());
        }

        return ids;
    }

    private static async Task FinalizeAsync(HttpClient api, int id) =>
        await DocumentApi.ReadAsync(await api.PostAsync($"/api/v1/invoices/{id}/finalize", null), HttpStatusCode.OK);

    private static async Task<int> SendAsync(HttpClient api, int id, string recipient)
    {
        var accepted = await DocumentApi.ReadAsync(await api.PostAsJsonAsync($"/api/v1/invoices/{id}/send", new { to = new[] { recipient } }), HttpStatusCode.Accepted);
        return accepted.GetProperty("id").GetInt32();
    }

    private static async Task AssertNumbersGapFreeAsync(PostgresDatabase database)
    {
        var numbers = new List<string>();
        await using (var connection = await database.OpenConnectionAsync())
        await using (var command = new NpgsqlCommand("""SELECT "Number" FROM "Invoices" WHERE "Number" IS NOT NULL""", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                numbers.Add(reader.GetString(0));
            }
        }

        var counters = numbers.Select(n => int.Parse(n[(n.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, Drafts), counters);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    private static async Task<List<(string Status, int Attempts, string MessageId)>> OutboxAsync(PostgresDatabase database, int[] ids)
    {
        var messages = new List<(string, int, string)>();
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("""SELECT "Status", "Attempts", "MessageId" FROM "OutboxMessages" WHERE "Id" = ANY(@ids)""", connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            messages.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        }

        Assert.Equal(ids.Length, messages.Count);
        return messages;
    }
}
